package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicUptake;

/** State bodies' scorecards: all bodies side by side, and one body with the recommendations addressed to it. */
@Controller
class PublicBodyController {

    private static final int RECENT = 20;

    private final PublicUptake uptake;
    private final PublicCatalog catalog;
    private final FilteredRecommendations recommendations;
    private final PortalMeta meta;

    PublicBodyController(PublicUptake uptake, PublicCatalog catalog, FilteredRecommendations recommendations, PortalMeta meta) {
        this.uptake = uptake;
        this.catalog = catalog;
        this.recommendations = recommendations;
        this.meta = meta;
    }

    @GetMapping(PortalPaths.BODIES)
    String list(Model model) {
        model.addAttribute("scorecards", uptake.byBody());
        model.addAttribute("openData", OpenDataLinks.of("bodies", java.util.Map.of(), null));
        model.addAttribute("pageMeta", meta.page(meta.message("portal.bodies.heading"), meta.message("portal.bodies.lead"),
                PortalPaths.BODIES));
        return "portal/bodies";
    }

    @GetMapping(PortalPaths.BODIES + "/{key}")
    String show(@PathVariable("key") String key, Model model, HttpServletRequest request) {
        PublicOrganisation body = catalog.body(Canonical.id(key)).orElseThrow(() -> new NotFoundException("public body " + key));
        String moved = Canonical.redirectUnless(body.path(), request);
        if (moved != null) {
            return moved;
        }
        PublicFilter filter = PublicFilter.none().withBody(body.id());
        model.addAttribute("body", body);
        model.addAttribute("figures", uptake.figures(body.id(), null));
        String name = body.name().in(LocaleContextHolder.getLocale());
        recommendations.addTo(model, filter, RECENT, body.path(), "portal.data.feed.body", name);
        model.addAttribute("pageMeta", meta.page(name, meta.message("portal.bodies.lead"), body.path()));
        return "portal/body";
    }
}
