package kg.kozomol.programme;

import java.time.Instant;
import java.util.List;

/** An evaluation of a programme, with the panel's consensus once the rapporteur has written it. */
public record Evaluation(long id, long programmeId, EvaluationKind kind, String title, String termsOfReference,
        long commissionedBy, CriteriaTemplate template, List<String> evidence, Integer overallRating, String overallRationale,
        Instant consensusAt, int version) {

    public boolean hasConsensus() {
        return overallRating != null;
    }
}
