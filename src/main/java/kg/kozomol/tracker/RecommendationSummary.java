package kg.kozomol.tracker;

/** One line of a list of recommendations, e.g. on a brief's page. */
public record RecommendationSummary(long id, long briefId, String reference, String textRu, String textKy,
        RecommendationStatus status, Priority priority, ActionType actionType, long addressees, long answered) {

    public String text(java.util.Locale locale) {
        boolean kyrgyz = locale != null && "ky".equals(locale.getLanguage());
        String preferred = kyrgyz ? textKy : textRu;
        return preferred == null || preferred.isBlank() ? (textRu == null ? textKy : textRu) : preferred;
    }
}
