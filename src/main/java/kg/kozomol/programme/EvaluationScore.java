package kg.kozomol.programme;

/** One expert's rating of one criterion, with the justification and the evidence it cites. */
public record EvaluationScore(long expertId, long criterionId, int rating, String justification, String evidence) {}
