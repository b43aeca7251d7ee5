package kg.kozomol.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.FacetCount;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicPages;
import kg.kozomol.portal.PublicSearch;
import kg.kozomol.portal.SearchRequest;
import kg.kozomol.portal.SearchResults;
import kg.kozomol.portal.SearchType;

/** Search over everything public, with facets that narrow it; every view is a shareable address. */
@Controller
class PublicSearchController {

    private final PublicSearch search;
    private final PortalMeta meta;

    PublicSearchController(PublicSearch search, PortalMeta meta) {
        this.search = search;
        this.meta = meta;
    }

    @GetMapping(PortalPaths.SEARCH)
    String search(@RequestParam Map<String, String> parameters, Model model) {
        SearchRequest request = SearchRequest.parse(parameters::get);
        PageRequest page = PublicPages.of(parameters.get("page"), parameters.get("size"));
        SearchResults results = search.search(request, page);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("results", results);
        model.addAttribute("request", request);
        model.addAttribute("types", facets(results.types(), f -> meta.message("SearchType." + f.value()), null,
                f -> request.withType(SearchType.valueOf(f.value())), request.type() == null ? null : request.type().name(),
                request.withType(null)));
        model.addAttribute("themes", facets(results.themes(), f -> f.name().in(locale), f -> f.name().lang(locale),
                f -> request.withTheme(Long.valueOf(f.value())), request.theme() == null ? null : request.theme().toString(),
                request.withTheme(null)));
        model.addAttribute("bodies", facets(results.bodies(), f -> f.name().in(locale), f -> f.name().lang(locale),
                f -> request.withBody(Long.valueOf(f.value())), request.body() == null ? null : request.body().toString(),
                request.withBody(null)));
        model.addAttribute("narrowed", request.type() != null || request.theme() != null || request.body() != null);
        model.addAttribute("clearUrl", url(new SearchRequest(request.text(), null, null, null)));
        model.addAttribute("baseUrl", url(request));
        model.addAttribute("pageMeta", meta.unlisted(meta.message("portal.search.heading"),
                PortalMeta.pageLink(url(request), page.page())));
        return "portal/search";
    }

    /** Each value links to the search narrowed to it; the chosen value links back to the search without it. */
    private static List<FacetLink> facets(List<FacetCount> counts, Function<FacetCount, String> label,
            Function<FacetCount, String> lang, Function<FacetCount, SearchRequest> narrowed, String selected,
            SearchRequest widened) {
        return counts.stream().map(f -> {
            boolean chosen = f.value().equals(selected);
            return new FacetLink(label.apply(f), lang == null ? null : lang.apply(f), f.count(),
                    url(chosen ? widened : narrowed.apply(f)), chosen);
        }).toList();
    }

    private static String url(SearchRequest request) {
        return PortalMeta.link(PortalPaths.SEARCH, request.parameters());
    }
}
