package kg.kozomol.portal.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.portal.PortalPaths;
import kg.kozomol.portal.PublicBriefSummary;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicEvent;
import kg.kozomol.portal.PublicEvents;
import kg.kozomol.portal.PublicOrganisation;
import kg.kozomol.portal.PublicTheme;
import kg.kozomol.portal.Slugs;

/** Atom feeds: newly published briefs, and the status changes of recommendations per state body and per theme. */
@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;
    /** The year in every tag: URI; it names when the ids were minted, so it never changes. */
    private static final String TAG_DATE = "2026";

    private final PublicBriefs briefs;
    private final PublicEvents events;
    private final PublicCatalog catalog;
    private final Addresses addresses;
    private final MessageSource messages;

    FeedController(PublicBriefs briefs, PublicEvents events, PublicCatalog catalog, Addresses addresses, MessageSource messages) {
        this.briefs = briefs;
        this.events = events;
        this.catalog = catalog;
        this.addresses = addresses;
        this.messages = messages;
    }

    @GetMapping(PortalPaths.BRIEFS_FEED)
    ResponseEntity<String> briefs(@RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLanguage.of(lang);
        List<AtomFeed.Entry> entries = briefs.latest(null, ENTRIES).stream().map(b -> brief(b, locale)).toList();
        return atom(new AtomFeed(tag("briefs"), messages.getMessage("portal.data.feed.briefs", null, locale), locale.getLanguage(),
                addresses.absolute(PortalPaths.BRIEFS_FEED), addresses.absolute(PortalPaths.BRIEFS), updated(entries), entries));
    }

    @GetMapping(PortalPaths.FEEDS + "/bodies/{key}.atom")
    ResponseEntity<String> body(@PathVariable("key") String key, @RequestParam(name = "lang", required = false) String lang) {
        PublicOrganisation body = catalog.body(Slugs.requireId(key)).orElseThrow(() -> new NotFoundException("body feed " + key));
        Locale locale = RequestedLanguage.of(lang);
        return events(tag("body/" + body.id()), messages.getMessage("portal.data.feed.body", new Object[] {body.name().in(locale)},
                locale), body.path(), events.latest(body.id(), null, ENTRIES), locale);
    }

    @GetMapping(PortalPaths.FEEDS + "/themes/{key}.atom")
    ResponseEntity<String> theme(@PathVariable("key") String key, @RequestParam(name = "lang", required = false) String lang) {
        PublicTheme theme = catalog.theme(Slugs.requireId(key)).orElseThrow(() -> new NotFoundException("theme feed " + key));
        Locale locale = RequestedLanguage.of(lang);
        return events(tag("theme/" + theme.id()), messages.getMessage("portal.data.feed.theme", new Object[] {theme.name().in(locale)},
                locale), theme.path(), events.latest(null, theme.id(), ENTRIES), locale);
    }

    private ResponseEntity<String> events(String id, String title, String pagePath, List<PublicEvent> found, Locale locale) {
        List<AtomFeed.Entry> entries = found.stream().map(e -> event(e, locale)).toList();
        return atom(new AtomFeed(id, title, locale.getLanguage(), addresses.absolute(PortalPaths.feedOf(pagePath)),
                addresses.absolute(pagePath), updated(entries), entries));
    }

    private AtomFeed.Entry brief(PublicBriefSummary b, Locale locale) {
        return new AtomFeed.Entry(tag("brief/" + b.id()), b.title().in(locale), addresses.absolute(b.path()), b.publishedAt(),
                b.organisation().name().in(locale), b.excerpt().in(locale));
    }

    private AtomFeed.Entry event(PublicEvent e, Locale locale) {
        String what = messages.getMessage("TimelineKind." + e.kind(), null, locale);
        String title = messages.getMessage("portal.data.feed.entry", new Object[] {e.reference(), what, e.body().name().in(locale)},
                locale);
        StringBuilder summary = new StringBuilder();
        if (e.position() != null) {
            summary.append(messages.getMessage("Position." + e.position(), null, locale)).append(". ");
        }
        if (e.completion() != null) {
            summary.append(messages.getMessage("Completion." + e.completion(), null, locale)).append(". ");
        }
        if (e.newDate() != null) {
            summary.append(e.newDate()).append(". ");
        }
        if (e.text() != null) {
            summary.append(e.text());
        }
        summary.append(summary.isEmpty() ? e.recommendation().in(locale) : "");
        String author = (e.author() != null ? e.author() : e.body()).name().in(locale);
        return new AtomFeed.Entry(tag("event/" + e.id()), title, addresses.absolute(e.path()), e.recordedAt(), author,
                summary.toString().strip());
    }

    private String tag(String specific) {
        return "tag:" + addresses.host() + "," + TAG_DATE + ":kozomol/" + specific;
    }

    private static Instant updated(List<AtomFeed.Entry> entries) {
        return entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    }


    private static ResponseEntity<String> atom(AtomFeed feed) {
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header(org.springframework.http.HttpHeaders.LINK, OpenLicence.LINK).body(AtomWriter.xml(feed));
    }
}
