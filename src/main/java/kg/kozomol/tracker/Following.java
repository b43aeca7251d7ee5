package kg.kozomol.tracker;

import java.util.List;
import java.util.Locale;

/** What a user follows, for the page that lists it with unfollow buttons. */
public record Following(List<FollowedRecommendation> recommendations, List<Long> bodyIds, List<Long> themeIds) {

    public boolean isEmpty() {
        return recommendations.isEmpty() && bodyIds.isEmpty() && themeIds.isEmpty();
    }

    public record FollowedRecommendation(long id, String reference, String textRu, String textKy) {

        public String text(Locale locale) {
            return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
        }
    }
}
