package kg.kozomol.brief;

import java.util.List;
import java.util.Locale;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * The recommendations of a brief, as far as the viewer may see them. Provided by the tracker module, so the
 * brief page and its export can list them without the brief module depending on the tracker.
 */
public interface BriefRecommendations {

    /** In reference order; addressee names in {@code locale}; a null viewer is an anonymous reader. */
    List<BriefRecommendationLine> forBrief(long briefId, KozomolPrincipal viewer, Locale locale);
}
