package kg.kozomol.portal.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicTracker;

/**
 * The part a public body's page and a theme's page share: their latest recommendations, a link to the full tracker
 * with the same filter, and the page's Atom feed and open-data links.
 */
@Component
class FilteredRecommendations {

    private final PublicTracker tracker;
    private final PortalMeta meta;

    FilteredRecommendations(PublicTracker tracker, PortalMeta meta) {
        this.tracker = tracker;
        this.meta = meta;
    }

    /** @param feedTitleKey the message that titles the page's feed, given the body's or theme's name */
    void addTo(Model model, PublicFilter filter, int count, String pagePath, String feedTitleKey, String name) {
        model.addAttribute("recommendations", tracker.list(filter, new PageRequest(1, count)));
        model.addAttribute("trackerUrl", PortalMeta.link(PortalPaths.RECOMMENDATIONS, filter.parameters()));
        OpenDataLinks.Feed feed = OpenDataLinks.feed(PortalPaths.feedOf(pagePath), meta.message(feedTitleKey, name));
        model.addAttribute("openData", OpenDataLinks.of("recommendations", filter.parameters(), feed));
        model.addAttribute("atomFeed", feed);
        model.addAttribute("today", tracker.today());
    }
}
