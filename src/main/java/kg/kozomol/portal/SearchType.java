package kg.kozomol.portal;

/** What a search result is: a brief, a recommendation, a state body's answer (position, progress, reply), or a CSO assessment. */
public enum SearchType {
    BRIEF,
    RECOMMENDATION,
    RESPONSE,
    ASSESSMENT
}
