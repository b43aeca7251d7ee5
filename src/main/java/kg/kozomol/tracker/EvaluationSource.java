package kg.kozomol.tracker;

import java.time.LocalDate;

/**
 * A recommendation of a final evaluation report as the tracker enters it: addressed to the programme's owner body
 * ({@code bodyId}), issued by the organisation that commissioned the evaluation ({@code issuerId}), due by the report's
 * response deadline.
 */
public record EvaluationSource(long evaluationId, long evaluationRecommendationId, long issuerId, long bodyId,
        String textRu, String textKy, LocalDate responseDue) {

    /** An evaluation asks for a change of policy of medium priority unless someone says otherwise; both are required. */
    static final ActionType ACTION_TYPE = ActionType.POLICY;
    static final Priority PRIORITY = Priority.MEDIUM;
}
