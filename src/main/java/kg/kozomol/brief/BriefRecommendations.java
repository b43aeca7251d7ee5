package kg.kozomol.brief;

import java.util.List;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * The recommendations of a brief, as far as the viewer may see them. Provided by the tracker module, so the
 * brief page can list them without the brief module depending on the tracker.
 */
public interface BriefRecommendations {

    List<BriefRecommendationLine> forBrief(long briefId, KozomolPrincipal viewer);
}
