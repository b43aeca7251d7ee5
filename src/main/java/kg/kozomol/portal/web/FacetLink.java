package kg.kozomol.portal.web;

/** A facet value as the search page offers it: its label (in {@code lang}), how many results, and the narrowed search. */
record FacetLink(String label, String lang, long count, String url, boolean selected) {}
