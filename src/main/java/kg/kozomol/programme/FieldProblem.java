package kg.kozomol.programme;

/** A rule an input breaks: the form field (null for the whole form) and the message key saying why. */
public record FieldProblem(String field, String messageKey) {}
