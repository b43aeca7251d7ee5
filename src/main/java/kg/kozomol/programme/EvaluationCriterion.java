package kg.kozomol.programme;

/**
 * A criterion of an evaluation: a template's (by code; name and question come from the message bundles) or a custom
 * one (name and question as typed); with the panel's agreed rating, text and any dissent once the consensus is in.
 */
public record EvaluationCriterion(long id, int position, String code, String name, String question, Integer agreedRating,
        String agreedText, String dissent) {}
