package kg.kozomol.tracker;

/** One line of a list of recommendations, e.g. on a brief's page. */
public record RecommendationSummary(long id, long briefId, String reference, String textRu, String textKy,
        RecommendationStatus status, Priority priority, ActionType actionType, long addressees, long answered) {

    public String text(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }
}
