package kg.kozomol.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.brief.PressKits;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicBrief;
import kg.kozomol.portal.PublicBriefFilter;
import kg.kozomol.portal.PublicBriefSummary;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicPages;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.PublicTracker;

@Controller
class PublicBriefController {

    private final PublicBriefs briefs;
    private final PublicTracker tracker;
    private final PublicCatalog catalog;
    private final PortalMeta meta;
    private final PressKits pressKits;

    PublicBriefController(PublicBriefs briefs, PublicTracker tracker, PublicCatalog catalog, PortalMeta meta,
            PressKits pressKits) {
        this.briefs = briefs;
        this.pressKits = pressKits;
        this.tracker = tracker;
        this.catalog = catalog;
        this.meta = meta;
    }

    /** Published briefs, newest first; by theme and year; withdrawn ones only when asked for. */
    @GetMapping(PortalPaths.BRIEFS)
    String list(@RequestParam Map<String, String> parameters, Model model) {
        PublicFilter.Parsed parsed = PublicFilter.parse(parameters::get);
        PublicBriefFilter filter = PublicBriefFilter.parse(parsed, parameters::get);
        PageRequest page = PublicPages.of(parameters.get("page"), parameters.get("size"));
        PageOf<PublicBriefSummary> found = briefs.list(filter, page);
        String base = PortalMeta.link(PortalPaths.BRIEFS, filter.parameters());
        model.addAttribute("page", found);
        model.addAttribute("filter", filter);
        model.addAttribute("ignored", !parsed.ignored().isEmpty());
        model.addAttribute("themes", Choice.of(catalog.activeThemes(), PublicTheme::id, PublicTheme::name,
                LocaleContextHolder.getLocale()));
        model.addAttribute("baseUrl", base);
        OpenDataLinks.Feed feed = OpenDataLinks.feed(PortalPaths.BRIEFS_FEED, meta.message("portal.data.feed.briefs"));
        model.addAttribute("openData", OpenDataLinks.of("briefs", filter.parameters(), feed));
        model.addAttribute("atomFeed", feed);
        model.addAttribute("pageMeta", meta.page(meta.message("portal.briefs.heading"), meta.message("portal.briefs.lead"),
                PortalMeta.pageLink(base, page.page())));
        return "portal/briefs";
    }

    @GetMapping(PortalPaths.BRIEFS + "/{key}")
    String show(@PathVariable("key") String key, Model model, HttpServletRequest request) {
        PublicBrief brief = briefs.brief(Canonical.id(key)).orElseThrow(() -> new NotFoundException("public brief " + key));
        String moved = Canonical.redirectUnless(brief.path(), request);
        if (moved != null) {
            return moved;
        }
        model.addAttribute("brief", brief);
        model.addAttribute("policyMargin", briefs.policyGradeMargin());
        model.addAttribute("recommendations", tracker.list(PublicFilter.none().withBrief(brief.id()),
                new PageRequest(1, PageRequest.MAX_SIZE)));
        model.addAttribute("today", tracker.today());
        model.addAttribute("hasPressKit", pressKits.published(brief.id()).isPresent());
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("pageMeta", meta.article(brief.title().in(locale),
                kg.kozomol.brief.RichText.plain(brief.summary().in(locale)), brief.path()));
        return "portal/brief";
    }
}
