package kg.kozomol.tracker;

public record RecommendationFilter(Long briefId, Long bodyId, Long themeId, Position position, RecommendationStatus status) {

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null, null);
    }
}
