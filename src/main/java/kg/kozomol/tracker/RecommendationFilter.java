package kg.kozomol.tracker;

/** The tracker list's filters; {@code source} keeps recommendations of briefs or of programme evaluations only. */
public record RecommendationFilter(Long briefId, Long bodyId, Long themeId, Position position, RecommendationStatus status,
        RecommendationSource source) {

    public RecommendationFilter(Long briefId, Long bodyId, Long themeId, Position position, RecommendationStatus status) {
        this(briefId, bodyId, themeId, position, status, null);
    }

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null, null);
    }
}
