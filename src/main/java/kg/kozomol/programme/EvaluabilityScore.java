package kg.kozomol.programme;

/** One expert's score of one evaluability criterion, with the reason for it. */
public record EvaluabilityScore(long expertId, String expertName, EvaluabilityCriterion criterion, int score,
        String justification, int version) {}
