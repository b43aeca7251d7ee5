package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicSdg;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.TrackerChoices;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicPages;
import kg.kozomol.portal.PublicRecommendation;
import kg.kozomol.portal.PublicRecommendationRow;
import kg.kozomol.portal.PublicSort;
import kg.kozomol.portal.PublicTracker;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.RecommendationSource;

/** The public tracker: the filtered list (every view a shareable address) and one recommendation's page. */
@Controller
class PublicTrackerController {

    private final PublicTracker tracker;
    private final PublicCatalog catalog;
    private final PortalMeta meta;

    PublicTrackerController(PublicTracker tracker, PublicCatalog catalog, PortalMeta meta) {
        this.tracker = tracker;
        this.catalog = catalog;
        this.meta = meta;
    }

    @GetMapping(PortalPaths.RECOMMENDATIONS)
    String list(@RequestParam Map<String, String> parameters, Model model) {
        PublicFilter.Parsed parsed = PublicFilter.parse(parameters::get);
        PublicFilter filter = parsed.filter();
        PageRequest page = PublicPages.of(parameters.get("page"), parameters.get("size"));
        PageOf<PublicRecommendationRow> found = tracker.list(filter, page);
        Map<String, String> query = filter.parameters();
        if (page.size() != PublicPages.DEFAULT_SIZE) {
            query.put("size", Integer.toString(page.size()));
        }
        String base = PortalMeta.link(PortalPaths.RECOMMENDATIONS, query);
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("ignored", !parsed.ignored().isEmpty());
        TrackerChoices choices = catalog.trackerChoices();
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("bodies", Choice.of(choices.bodies(), PublicOrganisation::id, PublicOrganisation::name, locale));
        model.addAttribute("themes", Choice.of(choices.themes(), PublicTheme::id, PublicTheme::name, locale));
        model.addAttribute("organisations", Choice.of(choices.organisations(), PublicOrganisation::id, PublicOrganisation::name,
                locale));
        model.addAttribute("sdgs", Choice.of(choices.sdgs(), PublicSdg::code, PublicSdg::name, locale));
        model.addAttribute("years", choices.years().stream().map(y -> new Choice(y.toString(), y.toString(), null)).toList());
        model.addAttribute("positions", Arrays.asList(Position.values()));
        model.addAttribute("completions", Arrays.stream(Completion.values())
                .map(c -> new Choice(c.name(), meta.message("Completion." + c), null)).toList());
        model.addAttribute("sources", Arrays.asList(RecommendationSource.values()));
        model.addAttribute("sorts", Arrays.asList(PublicSort.values()));
        model.addAttribute("baseUrl", base);
        model.addAttribute("openData", OpenDataLinks.of("recommendations", filter.parameters(), null));
        model.addAttribute("today", tracker.today());
        model.addAttribute("pageMeta", meta.page(meta.message("portal.tracker.heading"), meta.message("portal.tracker.lead"),
                PortalMeta.pageLink(base, page.page())));
        return "portal/recommendations";
    }

    @GetMapping(PortalPaths.RECOMMENDATIONS + "/{key}")
    String show(@PathVariable("key") String key, Model model, HttpServletRequest request) {
        PublicRecommendation recommendation = tracker.recommendation(Canonical.id(key))
                .orElseThrow(() -> new NotFoundException("public recommendation " + key));
        String moved = Canonical.redirectUnless(recommendation.path(), request);
        if (moved != null) {
            return moved;
        }
        model.addAttribute("r", recommendation);
        model.addAttribute("s", recommendation.summary());
        model.addAttribute("policyMargin", tracker.policyGradeMargin());
        model.addAttribute("openData", OpenDataLinks.timeline(recommendation.path()));
        model.addAttribute("today", tracker.today());
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("pageMeta", meta.article(meta.message("portal.recommendation.heading",
                recommendation.summary().reference()), recommendation.summary().text().in(locale), recommendation.path()));
        return "portal/recommendation";
    }
}
