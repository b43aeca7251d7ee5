package kg.kozomol.portal;

/** How many results fall under one value of a facet; {@code name} is null for search types (labelled by the page). */
public record FacetCount(String value, PublicName name, long count) {}
