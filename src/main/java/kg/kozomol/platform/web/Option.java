package kg.kozomol.platform.web;

/** A choice in a select list: the value sent and the label shown. */
public record Option(String value, String label) {}
