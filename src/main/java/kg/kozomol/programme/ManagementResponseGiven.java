package kg.kozomol.programme;

import java.util.List;

/**
 * The owner body answered (or revised its answer to) one recommendation of a final report; {@code late} when after the
 * response deadline. Published inside the transaction that stores the response.
 */
public record ManagementResponseGiven(long evaluationId, long recommendationId, long ownerBodyId, Stance stance,
        String reasons, List<ActionLine> actions, boolean late) {}
