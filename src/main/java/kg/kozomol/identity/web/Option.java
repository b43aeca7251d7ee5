package kg.kozomol.identity.web;

/** A choice in a select list. */
public record Option(String value, String label) {}
