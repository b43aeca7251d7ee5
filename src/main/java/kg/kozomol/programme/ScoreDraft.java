package kg.kozomol.programme;

/** A score as typed: the number is text until it is checked against the scale. */
public record ScoreDraft(EvaluabilityCriterion criterion, String score, String justification) {}
