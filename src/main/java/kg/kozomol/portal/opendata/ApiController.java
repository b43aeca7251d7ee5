package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PublicBrief;
import kg.kozomol.portal.PublicBriefFilter;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicTracker;
import kg.kozomol.portal.PublicUptake;
import kg.kozomol.portal.Slugs;

/**
 * The read-only open data API: the same published records as the portal pages, as JSON. Answers carry a strong ETag
 * (see {@link ApiConfiguration}) and may be cached briefly by anyone; errors are problem+json ({@link ApiProblems}).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@Tag(name = "Open data", description = "Published briefs, recommendations, state bodies' scorecards and themes (CC BY 4.0)")
class ApiController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final int EXCERPT = 280;

    private final PublicTracker tracker;
    private final PublicBriefs briefs;
    private final PublicUptake uptake;
    private final PublicCatalog catalog;
    private final OpenRecords records;
    private final Addresses addresses;

    ApiController(PublicTracker tracker, PublicBriefs briefs, PublicUptake uptake, PublicCatalog catalog, OpenRecords records,
            Addresses addresses) {
        this.tracker = tracker;
        this.briefs = briefs;
        this.uptake = uptake;
        this.catalog = catalog;
        this.records = records;
        this.addresses = addresses;
    }

    @GetMapping(OpenDataPaths.API + "/recommendations")
    @Operation(summary = "Released recommendations", description = "The public tracker: filtered, sorted and paged as on its page.")
    ResponseEntity<ApiPage<OpenRecommendation>> recommendations(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        ApiQuery query = ApiQuery.of(parameters);
        PageOf<OpenRecommendation> found = map(tracker.list(query.filter().filter(), query.page()), records::recommendation);
        return ok(query.answer(found, addresses.absolute(OpenDataPaths.API + "/recommendations")));
    }

    @GetMapping(OpenDataPaths.API + "/recommendations/{key}")
    @Operation(summary = "One recommendation", description = "With its SDG targets and the public timeline of every addressed body.")
    ResponseEntity<OpenRecommendationDetail> recommendation(@Parameter(description = "Identifier, optionally followed by "
            + "a hyphen and the slug of its public address, e.g. 12 or 12-r1-2026-001") @PathVariable("key") String key) {
        return ok(records.detail(tracker.recommendation(Slugs.requireId(key)).orElseThrow(() -> new NotFoundException("recommendation " + key))));
    }

    @GetMapping(OpenDataPaths.API + "/briefs")
    @Operation(summary = "Published briefs", description = "Newest first; withdrawn briefs only with withdrawn=true.")
    ResponseEntity<ApiPage<OpenBrief>> briefs(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        ApiQuery query = ApiQuery.of(parameters);
        String withdrawn = parameters.get("withdrawn");
        if (withdrawn != null && !withdrawn.equals("true") && !withdrawn.equals("false")) {
            throw new ApiBadRequest(List.of("withdrawn"));
        }
        PageOf<OpenBrief> found = map(briefs.list(PublicBriefFilter.parse(query.filter(), parameters::get), query.page()),
                records::brief);
        return ok(query.answer(found, addresses.absolute(OpenDataPaths.API + "/briefs")));
    }

    @GetMapping(OpenDataPaths.API + "/briefs/{key}")
    @Operation(summary = "One published brief")
    ResponseEntity<OpenBrief> brief(@Parameter(description = "Identifier, optionally followed by a hyphen and the slug")
            @PathVariable("key") String key) {
        PublicBrief brief = briefs.brief(Slugs.requireId(key)).orElseThrow(() -> new NotFoundException("brief " + key));
        long recommendations = tracker.list(PublicFilter.none().withBrief(brief.id()), new PageRequest(1, 1)).total();
        return ok(new OpenBrief(brief.id(), OpenText.of(brief.title()), new OpenText(excerpt(brief.summary().ru()),
                excerpt(brief.summary().ky())), OpenRef.of(brief.organisation(), addresses), OpenRef.of(brief.theme(), addresses),
                brief.firstPublishedAt(), brief.publishedAt(), brief.withdrawn(), recommendations,
                addresses.absolute(brief.path())));
    }

    @GetMapping(OpenDataPaths.API + "/bodies")
    @Operation(summary = "State bodies' scorecards", description = "Every state body that has been addressed, by name.")
    ResponseEntity<ApiPage<OpenBody>> bodies(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        ApiQuery query = ApiQuery.of(parameters);
        List<OpenBody> all = uptake.byBody().stream().map(records::body).toList();
        return ok(query.answer(slice(all, query.page()), addresses.absolute(OpenDataPaths.API + "/bodies")));
    }

    @GetMapping(OpenDataPaths.API + "/bodies/{key}")
    @Operation(summary = "One state body's scorecard")
    ResponseEntity<OpenBody> body(@Parameter(description = "Identifier, optionally followed by a hyphen and the slug")
            @PathVariable("key") String key) {
        PublicOrganisation body = catalog.body(Slugs.requireId(key)).orElseThrow(() -> new NotFoundException("body " + key));
        return ok(records.body(new kg.kozomol.portal.BodyScorecard(body, uptake.figures(body.id(), null))));
    }

    @GetMapping(OpenDataPaths.API + "/themes")
    @Operation(summary = "Themes of monitoring", description = "Active themes with their numbers of briefs and recommendations.")
    ResponseEntity<ApiPage<OpenTheme>> themes(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        ApiQuery query = ApiQuery.of(parameters);
        List<OpenTheme> all = catalog.themes().stream().map(records::theme).toList();
        return ok(query.answer(slice(all, query.page()), addresses.absolute(OpenDataPaths.API + "/themes")));
    }


    /** Any other address under the API is a problem+json 404 too, not the HTML error page. */
    @GetMapping(OpenDataPaths.API + "/**")
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<Void> unknown(jakarta.servlet.http.HttpServletRequest request) {
        throw new NotFoundException("api path " + request.getRequestURI());
    }

    private static String excerpt(String html) {
        if (html == null) {
            return null;
        }
        String plain = kg.kozomol.brief.RichText.plain(html).strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT);
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).header(HttpHeaders.LINK, OpenLicence.LINK).body(body);
    }

    private static <S, T> PageOf<T> map(PageOf<S> page, java.util.function.Function<S, T> mapping) {
        return new PageOf<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total());
    }

    /** Lists that are short by nature (bodies, themes) are paged in memory. */
    private static <T> PageOf<T> slice(List<T> all, PageRequest page) {
        int from = (int) Math.min((long) page.offset(), all.size());
        return new PageOf<>(all.subList(from, Math.min(from + page.size(), all.size())), page.page(), page.size(), all.size());
    }
}
