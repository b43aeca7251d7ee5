package kg.kozomol.stats;

/** A raked design and the report of its convergence. */
public record Raked(SurveyDesign design, RakeReport report) {
}
