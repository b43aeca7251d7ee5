package kg.kozomol.tracker;

/**
 * One line of a list of recommendations, e.g. on a brief's page; {@code organisationId} is the issuer; the source is the
 * brief or, for a recommendation of a programme evaluation, {@code evaluationId}.
 */
public record RecommendationSummary(long id, Long briefId, String reference, String textRu, String textKy,
        RecommendationStatus status, Priority priority, ActionType actionType, long addressees, long answered,
        long organisationId, int briefVersion, Long evaluationId) {

    public String text(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }
}
