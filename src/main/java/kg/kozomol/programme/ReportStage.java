package kg.kozomol.programme;

/** Where an evaluation report stands: drafted, open to the owner body's factual comments, final, published. */
public enum ReportStage {
    DRAFT, FACTUAL_REVIEW, FINAL, PUBLISHED
}
