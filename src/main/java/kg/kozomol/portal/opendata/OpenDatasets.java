package kg.kozomol.portal.opendata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.portal.PublicBriefFilter;
import kg.kozomol.portal.PublicBriefSummary;
import kg.kozomol.portal.PublicBriefs;
import kg.kozomol.portal.PublicCatalog;
import kg.kozomol.portal.PublicFilter;
import kg.kozomol.portal.PublicTracker;
import kg.kozomol.portal.PublicUptake;

/** The public lists offered as open data, their columns, and where their items come from. */
@Component
class OpenDatasets {

    static final List<Column<OpenEvent>> TIMELINE = List.of(
            Column.of("id", "integer", OpenEvent::id),
            Column.localised("body", (e, l) -> name(e.body(), l)),
            Column.of("kind", "code", OpenEvent::kind),
            Column.of("occurred_on", "date", OpenEvent::occurredOn),
            Column.of("position", "code", OpenEvent::position),
            Column.of("completion", "code", OpenEvent::completion),
            Column.of("effect", "code", OpenEvent::effect),
            Column.of("new_date", "date", OpenEvent::newDate),
            Column.of("text", "text", OpenEvent::text),
            Column.localised("author", (e, l) -> name(e.author(), l)));

    private final List<OpenDataset<?>> all;

    OpenDatasets(PublicTracker tracker, PublicBriefs briefs, PublicUptake uptake, PublicCatalog catalog, OpenRecords records) {
        OpenDataset<OpenRecommendation> recommendations = new OpenDataset<>("recommendations", List.of(
                Column.of("id", "integer", OpenRecommendation::id),
                Column.of("reference", "text", OpenRecommendation::reference),
                Column.of("text_ru", "text", r -> r.text().ru()),
                Column.of("text_ky", "text", r -> r.text().ky()),
                Column.of("released_at", "date-time", OpenRecommendation::releasedAt),
                Column.of("priority", "code", OpenRecommendation::priority),
                Column.of("action_type", "code", OpenRecommendation::actionType),
                Column.localised("theme", (r, l) -> name(r.theme(), l)),
                Column.localised("issuer", (r, l) -> name(r.issuer(), l)),
                Column.of("brief_id", "integer", OpenRecommendation::briefId),
                Column.localised("brief_title", (r, l) -> r.briefTitle() == null ? null : r.briefTitle().in(l)),
                Column.of("brief_withdrawn", "boolean", OpenRecommendation::briefWithdrawn),
                Column.of("evaluation_id", "integer", OpenRecommendation::evaluationId),
                Column.of("evaluation_title", "text", OpenRecommendation::evaluationTitle),
                Column.of("programme_id", "integer", OpenRecommendation::programmeId),
                Column.of("programme_reference", "text", OpenRecommendation::programmeReference),
                Column.localised("bodies", (r, l) -> bodies(r, b -> name(b.body(), l))),
                Column.localised("positions", (r, l) -> bodies(r, b -> name(b.body(), l) + ": " + orDash(b.position()))),
                Column.localised("implementation", (r, l) -> bodies(r, b -> name(b.body(), l) + ": "
                        + orDash(b.assessment() != null ? b.assessment() : b.selfReport()))),
                Column.of("url", "url", OpenRecommendation::url)),
                "/api/v1/recommendations",
                (parameters, each) -> tracker.export(PublicFilter.parse(parameters::get).filter(),
                        row -> each.accept(records.recommendation(row))));
        OpenDataset<OpenBrief> briefList = new OpenDataset<>("briefs", List.of(
                Column.of("id", "integer", OpenBrief::id),
                Column.of("title_ru", "text", b -> b.title().ru()),
                Column.of("title_ky", "text", b -> b.title().ky()),
                Column.localised("organisation", (b, l) -> name(b.organisation(), l)),
                Column.localised("theme", (b, l) -> name(b.theme(), l)),
                Column.of("first_published_at", "date-time", OpenBrief::firstPublishedAt),
                Column.of("published_at", "date-time", OpenBrief::publishedAt),
                Column.of("withdrawn", "boolean", OpenBrief::withdrawn),
                Column.of("recommendations", "integer", OpenBrief::recommendations),
                Column.of("url", "url", OpenBrief::url)),
                "/api/v1/briefs",
                (parameters, each) -> everyBrief(briefs, PublicBriefFilter.parse(PublicFilter.parse(parameters::get),
                        parameters::get), b -> each.accept(records.brief(b))));
        OpenDataset<OpenBody> bodies = new OpenDataset<>("bodies", List.of(
                Column.of("id", "integer", OpenBody::id),
                Column.localised("name", (b, l) -> b.name().in(l)),
                Column.of("recommendations", "integer", OpenBody::recommendations),
                Column.of("due", "integer", OpenBody::due),
                Column.of("answered", "integer", OpenBody::answered),
                Column.of("accepted", "integer", OpenBody::accepted),
                Column.of("response_rate", "number", OpenBody::responseRate),
                Column.of("accepted_share", "number", OpenBody::acceptedShare),
                Column.of("implemented_self_reported", "number", OpenBody::implementedSelfReported),
                Column.of("implemented_assessed", "number", OpenBody::implementedAssessed),
                Column.of("median_days", "number", OpenBody::medianDaysToRespond),
                Column.of("url", "url", OpenBody::url)),
                "/api/v1/bodies",
                (parameters, each) -> uptake.byBody().forEach(card -> each.accept(records.body(card))));
        OpenDataset<OpenTheme> themes = new OpenDataset<>("themes", List.of(
                Column.of("id", "integer", OpenTheme::id),
                Column.of("code", "text", OpenTheme::code),
                Column.localised("name", (t, l) -> t.name().in(l)),
                Column.of("briefs", "integer", OpenTheme::briefs),
                Column.of("recommendations", "integer", OpenTheme::recommendations),
                Column.of("url", "url", OpenTheme::url)),
                "/api/v1/themes",
                (parameters, each) -> catalog.themes().forEach(t -> each.accept(records.theme(t))));
        this.all = List.of(recommendations, briefList, bodies, themes);
    }

    List<OpenDataset<?>> all() {
        return all;
    }

    Optional<OpenDataset<?>> named(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Briefs are few: page by page through the public list, in its order. */
    private static void everyBrief(PublicBriefs briefs, PublicBriefFilter filter, Consumer<PublicBriefSummary> each) {
        PageOf<PublicBriefSummary> page;
        int number = 1;
        do {
            page = briefs.list(filter, new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(each);
        } while (page.hasNext());
    }

    private static String bodies(OpenRecommendation r, java.util.function.Function<OpenBodyLine, String> text) {
        return r.bodies().stream().map(text).collect(Collectors.joining("; "));
    }

    private static String name(OpenRef ref, Locale locale) {
        return ref == null ? null : ref.in(locale);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
