package kg.kozomol.programme;

/** An expert's rating of a criterion as typed, with justification and cited evidence. */
public record ScoreInput(long criterionId, String rating, String justification, String evidence) {}
