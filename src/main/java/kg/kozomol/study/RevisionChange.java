package kg.kozomol.study;

/** An item of the design that differs between two revisions; either side may be missing. */
public record RevisionChange(String key, String before, String after) {}
