package kg.kozomol.tracker;

import java.util.List;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * The meetings at which a recommendation was (or is to be) discussed, as far as the viewer may see them.
 * Provided by the dialogue module, so the recommendation page can list them without the tracker depending on it.
 */
public interface RecommendationMeetings {

    List<MeetingMention> forRecommendation(long recommendationId, KozomolPrincipal viewer);
}
