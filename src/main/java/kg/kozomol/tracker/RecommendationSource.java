package kg.kozomol.tracker;

/** Where a recommendation comes from: a CSO's policy brief or the report of a state programme's evaluation. */
public enum RecommendationSource {
    BRIEF, EVALUATION
}
