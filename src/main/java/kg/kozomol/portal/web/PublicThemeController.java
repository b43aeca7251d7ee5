package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.PublicUptake;

/** Themes of monitoring: the list, and one theme with its briefs, recommendations and uptake. */
@Controller
class PublicThemeController {

    private static final int BRIEFS = 6;
    private static final int RECOMMENDATIONS = 10;

    private final PublicCatalog catalog;
    private final PublicBriefs briefs;
    private final FilteredRecommendations recommendations;
    private final PublicUptake uptake;
    private final PortalMeta meta;

    PublicThemeController(PublicCatalog catalog, PublicBriefs briefs, FilteredRecommendations recommendations, PublicUptake uptake,
            PortalMeta meta) {
        this.catalog = catalog;
        this.briefs = briefs;
        this.recommendations = recommendations;
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
        String name = theme.name().in(LocaleContextHolder.getLocale());
        recommendations.addTo(model, filter, RECOMMENDATIONS, theme.path(), "portal.data.feed.theme", name);
        model.addAttribute("briefsUrl", PortalMeta.link(PortalPaths.BRIEFS, java.util.Map.of("theme", Long.toString(theme.id()))));
        model.addAttribute("pageMeta", meta.page(name, meta.message("portal.theme.figures"), theme.path()));
        return "portal/theme";
    }
}
