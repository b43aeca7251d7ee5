package kg.kozomol.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.PublicUptake;
import kg.kozomol.portal.TrackerChoices;
import kg.kozomol.portal.UptakeDashboard;
import kg.kozomol.portal.UptakeFilter;
import kg.kozomol.portal.UptakeGroup;

/** The uptake dashboard: shares accepted and implemented by body, theme and year, and their trend, with filters. */
@Controller
class PublicUptakeController {

    private final PublicUptake uptake;
    private final PublicCatalog catalog;
    private final UptakeSections sections;
    private final PortalMeta meta;

    PublicUptakeController(PublicUptake uptake, PublicCatalog catalog, UptakeSections sections, PortalMeta meta) {
        this.uptake = uptake;
        this.catalog = catalog;
        this.sections = sections;
        this.meta = meta;
    }

    @GetMapping(PortalPaths.UPTAKE)
    String dashboard(@RequestParam Map<String, String> parameters, Model model) {
        PublicFilter.Parsed parsed = PublicFilter.parse(parameters::get);
        UptakeFilter filter = new UptakeFilter(parsed.filter().body(), parsed.filter().theme(), parsed.filter().year());
        UptakeDashboard dashboard = uptake.dashboard(filter);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("filter", filter);
        model.addAttribute("ignored", !parsed.ignored().isEmpty());
        // The overall figures follow the small-cell rule too, so they are a section like the others, not the home's figures.
        model.addAttribute("sections", List.of(
                sections.section("overall", meta.message("portal.uptake.overall"),
                        List.of(new UptakeGroup("all", null, dashboard.overall())), g -> meta.message("portal.uptake.all")),
                sections.section("body", meta.message("portal.uptake.byBody"), dashboard.byBody(), g -> g.name().in(locale)),
                sections.section("theme", meta.message("portal.uptake.byTheme"), dashboard.byTheme(), g -> g.name().in(locale)),
                sections.section("year", meta.message("portal.uptake.byYear"), dashboard.byYear(), g -> g.key()),
                sections.section("trend", meta.message("portal.uptake.trend"), dashboard.byQuarter(),
                        g -> meta.message("portal.uptake.quarter", (Object[]) g.key().split("-")))));
        TrackerChoices choices = catalog.trackerChoices();
        model.addAttribute("bodies", Choice.of(choices.bodies(), PublicOrganisation::id, PublicOrganisation::name, locale));
        model.addAttribute("themes", Choice.of(choices.themes(), PublicTheme::id, PublicTheme::name, locale));
        model.addAttribute("years", choices.years().stream().map(y -> new Choice(y.toString(), y.toString(), null)).toList());
        model.addAttribute("pageMeta", meta.page(meta.message("portal.uptake.heading"), meta.message("portal.uptake.lead"),
                PortalMeta.link(PortalPaths.UPTAKE, filter.parameters())));
        return "portal/uptake";
    }
}
