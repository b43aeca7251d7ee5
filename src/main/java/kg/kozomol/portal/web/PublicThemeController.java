package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.PublicTracker;
import kg.kozomol.portal.PublicUptake;

/** Themes of monitoring: the list, and one theme with its briefs, recommendations and uptake. */
@Controller
class PublicThemeController {

    private static final int BRIEFS = 6;
    private static final int RECOMMENDATIONS = 10;

    private final PublicCatalog catalog;
    private final PublicBriefs briefs;
    private final PublicTracker tracker;
    private final PublicUptake uptake;
    private final PortalMeta meta;

    PublicThemeController(PublicCatalog catalog, PublicBriefs briefs, PublicTracker tracker, PublicUptake uptake,
            PortalMeta meta) {
        this.catalog = catalog;
        this.briefs = briefs;
        this.tracker = tracker;
        this.uptake = uptake;
        this.meta = meta;
    }

    @GetMapping(PortalPaths.THEMES)
    String list(Model model) {
        model.addAttribute("themes", catalog.themes());
        model.addAttribute("openData", OpenDataLinks.of("themes", java.util.Map.of(), null));
        model.addAttribute("pageMeta", meta.page(meta.message("portal.themes.heading"), meta.message("home.lead"),
                PortalPaths.THEMES));
        return "portal/themes";
    }

    @GetMapping(PortalPaths.THEMES + "/{key}")
    String show(@PathVariable("key") String key, Model model, HttpServletRequest request) {
        PublicTheme theme = catalog.theme(Canonical.id(key)).orElseThrow(() -> new NotFoundException("public theme " + key));
        String moved = Canonical.redirectUnless(theme.path(), request);
        if (moved != null) {
            return moved;
        }
        PublicFilter filter = PublicFilter.none().withTheme(theme.id());
        model.addAttribute("theme", theme);
        model.addAttribute("figures", uptake.figures(null, theme.id()));
        model.addAttribute("briefs", briefs.latest(theme.id(), BRIEFS));
        model.addAttribute("recommendations", tracker.list(filter, new PageRequest(1, RECOMMENDATIONS)));
        model.addAttribute("trackerUrl", PortalMeta.link(PortalPaths.RECOMMENDATIONS, filter.parameters()));
        OpenDataLinks.Feed feed = OpenDataLinks.feed(PortalPaths.feedOf(theme.path()), meta.message("portal.data.feed.theme",
                theme.name().in(LocaleContextHolder.getLocale())));
        model.addAttribute("openData", OpenDataLinks.of("recommendations", filter.parameters(), feed));
        model.addAttribute("atomFeed", feed);
        model.addAttribute("briefsUrl", PortalMeta.link(PortalPaths.BRIEFS, java.util.Map.of("theme", Long.toString(theme.id()))));
        model.addAttribute("today", tracker.today());
        model.addAttribute("pageMeta", meta.page(theme.name().in(LocaleContextHolder.getLocale()),
                meta.message("portal.theme.figures"), theme.path()));
        return "portal/theme";
    }
}
