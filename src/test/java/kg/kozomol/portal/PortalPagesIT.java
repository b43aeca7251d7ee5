package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import kg.kozomol.brief.Brief;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.StatePosition;

/**
 * The public pages on constructed data: the lead body answered three of five recommendations after 10, 20 and 30
 * days, a fourth is overdue and a fifth still within its deadline; a sixth recommendation is on another theme.
 */
@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesIT {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PublicTracker tracker;
    @Autowired PublicUptake uptake;

    PortalWorld world;
    LocalDate today;
    Brief brief;
    Brief withdrawn;
    long otherTheme;
    Recommendation accepted;
    Recommendation rejected;
    Recommendation claimed;
    Recommendation overdue;
    Recommendation recent;
    Recommendation elsewhere;

    @BeforeAll
    void fiveRecommendationsToOneBodyAndOneOnAnotherTheme() {
        world = new PortalWorld(context);
        today = LocalDate.now(BISHKEK);
        brief = world.publishedBrief("Доступность школ Каракола", "<p>Мало пандусов (синтетические данные).</p>");
        accepted = answered(world.released(brief, "Первая: оборудовать пандусы"), Position.ACCEPTED, 10);
        world.progress(accepted, world.lead, Completion.COMPLETE, "Пандусы построены");
        world.assess(accepted, world.lead, Completion.COMPLETE, "Осмотр");
        rejected = answered(world.released(brief, "Вторая: расширить двери"), Position.REJECTED, 20);
        claimed = answered(world.released(brief, "Третья: переоборудовать туалеты"), Position.CLAIMED_IMPLEMENTED, 30);
        world.assess(claimed, world.lead, Completion.LIMITED, "Осмотр");
        overdue = world.released(brief, "Четвёртая: обучить учителей");
        world.releasedOn(overdue, today.minusDays(100));
        recent = world.released(brief, "Пятая: установить поручни");
        world.releasedOn(recent, today.minusDays(5));
        otherTheme = world.tx.execute(s -> context.getBean(Themes.class).create(new ThemeDraft("other-" + System.nanoTime(),
                "Алименты", null, "Alimony", true), false)).id();
        elsewhere = world.release(world.as(world.researcher, () -> world.recommendations.create(new RecommendationDraft(brief.id(), 1,
                world.cso.id(), "Шестая: реестр должников по алиментам", null, "ru", otherTheme, ActionType.LAW, Priority.LOW, null,
                world.supporting.id(), List.of(), List.of("16.3")))));
        world.releasedOn(elsewhere, today.minusDays(50));
        withdrawn = world.publishedBrief("Отозванная записка о библиотеках", "<p>Библиотеки.</p>");
        world.release(world.as(world.researcher, () -> world.recommendations.create(new RecommendationDraft(withdrawn.id(), 1,
                world.cso.id(), "Седьмая: пополнить библиотеки", null, "ru", world.theme.id(), ActionType.PRACTICE, Priority.LOW,
                null, world.supporting.id(), List.of(), List.of("4.a")))));
        withdrawn = world.withdraw(withdrawn);
    }

    /** Released 100 days ago, answered by the lead body {@code days} later. */
    private Recommendation answered(Recommendation recommendation, Position position, int days) {
        StatePosition answer = world.answer(recommendation, world.lead, position, position == Position.ACCEPTED ? null : "Обоснование");
        world.releasedOn(recommendation, today.minusDays(100));
        world.fixtures.jdbc().sql("update state_position set released_at = cast(:day as date) + time '12:00' at time zone 'Asia/Bishkek' "
                + "where id = :id").param("day", today.minusDays(100 - days)).param("id", answer.id()).update();
        return recommendation;
    }

    @Test
    void theScorecardCountsEachAnswerAsDefined() throws Exception {
        UptakeFigures lead = uptake.figures(world.lead.id(), null);
        assertThat(lead).isEqualTo(new UptakeFigures(5, 5, 4, 3, 2, 2, 2, 1, 20.0));
        assertThat(lead.responseRate()).isEqualTo(0.75);
        assertThat(lead.acceptedShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(lead.selfReportedShare()).isEqualTo(0.4);
        assertThat(lead.assessedShare()).isEqualTo(0.2);
        assertThat(lead.pending()).isEqualTo(1);
        UptakeFigures supporting = uptake.figures(world.supporting.id(), null);
        assertThat(supporting.recommendations()).isEqualTo(7);
        assertThat(supporting.answered()).isZero();
        assertThat(supporting.medianDaysToRespond()).isNull();
        assertThat(uptake.figures(null, otherTheme).recommendations()).isEqualTo(1);
        assertThat(uptake.byBody()).extracting(c -> c.body().id(), c -> c.figures().addressed())
                .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple(world.lead.id(), 5L),
                        org.assertj.core.api.Assertions.tuple(world.supporting.id(), 7L));

        String page = follow("/p/bodies/" + world.lead.id());
        assertThat(page).contains("75\u00a0%").contains("3 из 4").contains("67\u00a0%").contains("40\u00a0%").contains("20\u00a0%")
                .contains("Ещё в сроке ответа: 1").containsPattern("figure-value\">20<");
    }

    @Test
    void theTrackerFiltersByEveryField() {
        assertThat(ids(Map.of())).hasSize(7);
        assertThat(ids(Map.of("position", "accepted"))).containsExactly(accepted.id());
        assertThat(ids(Map.of("body", id(world.lead), "position", "REJECTED"))).containsExactly(rejected.id());
        assertThat(ids(Map.of("body", id(world.supporting), "position", "REJECTED"))).isEmpty();
        assertThat(ids(Map.of("implementation", "COMPLETE"))).containsExactly(accepted.id());
        assertThat(ids(Map.of("implementation", "LIMITED"))).containsExactly(claimed.id());
        assertThat(ids(Map.of("theme", Long.toString(otherTheme)))).containsExactly(elsewhere.id());
        assertThat(ids(Map.of("sdg", "16"))).containsExactly(elsewhere.id());
        assertThat(ids(Map.of("sdg", "16.3"))).containsExactly(elsewhere.id());
        assertThat(ids(Map.of("sdg", "4"))).hasSize(6);
        assertThat(ids(Map.of("organisation", id(world.cso)))).hasSize(7);
        assertThat(ids(Map.of("organisation", "999999"))).isEmpty();
        assertThat(ids(Map.of("brief", Long.toString(withdrawn.id())))).hasSize(1);
        int year = today.minusDays(100).getYear();
        long releasedThatYear = java.util.stream.Stream.of(today.minusDays(100), today.minusDays(100), today.minusDays(100),
                today.minusDays(100), today.minusDays(5), today.minusDays(50), today, today).filter(d -> d.getYear() == year).count();
        assertThat(ids(Map.of("year", Integer.toString(year)))).hasSize((int) releasedThatYear - 1);
    }

    @Test
    void theTrackerSortsAndPagesOnTheServerAndEveryViewIsAnAddress() throws Exception {
        List<Long> byReference = ids(Map.of("sort", "reference"));
        assertThat(byReference).containsExactly(accepted.id(), rejected.id(), claimed.id(), overdue.id(), recent.id(),
                elsewhere.id(), byReference.get(6));
        assertThat(ids(Map.of("sort", "oldest")).subList(0, 4)).containsExactlyInAnyOrder(accepted.id(), rejected.id(),
                claimed.id(), overdue.id());
        PageOf<PublicRecommendationRow> second = tracker.list(PublicFilter.none().withSort(PublicSort.REFERENCE), new PageRequest(2, 3));
        assertThat(second.items()).extracting(PublicRecommendationRow::id).containsExactly(overdue.id(), recent.id(), elsewhere.id());
        assertThat(second.pages()).isEqualTo(3);

        MvcResult page = mvc.perform(get("/p/recommendations").param("sort", "reference").param("size", "3").param("page", "2")
                .param("body", id(world.lead))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        PageOf<PublicRecommendationRow> shown = (PageOf<PublicRecommendationRow>) page.getModelAndView().getModel().get("page");
        assertThat(shown.items()).extracting(PublicRecommendationRow::id).containsExactly(overdue.id(), recent.id());
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("href=\"/p/recommendations?body=" + world.lead.id() + "&amp;sort=reference&amp;size=3&amp;page=1\"")
                .contains("rel=\"canonical\" href=\"http://localhost:8080/p/recommendations?body=" + world.lead.id()
                        + "&amp;sort=reference&amp;size=3&amp;page=2\"");
    }

    @Test
    void badFilterValuesAndPageNumbersAreIgnoredOrCapped() throws Exception {
        MvcResult result = mvc.perform(get("/p/recommendations").param("body", "abc").param("year", "99999")
                .param("position", "FOO'; drop table recommendation; --").param("implementation", "<b>").param("sdg", "<script>")
                .param("theme", "-1").param("sort", "sideways").param("page", "abc").param("size", "100000")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("не распознаны").doesNotContain("<script>");
        @SuppressWarnings("unchecked")
        PageOf<PublicRecommendationRow> shown = (PageOf<PublicRecommendationRow>) result.getModelAndView().getModel().get("page");
        assertThat(shown.size()).isEqualTo(PublicPages.MAX_SIZE);
        assertThat(shown.page()).isEqualTo(1);
        assertThat(shown.total()).isEqualTo(7);
        for (String bad : List.of("page=-5", "page=99999999999", "page=100000&size=0", "size=-3", "year=1.5", "body=1e3")) {
            assertThat(mvc.perform(get("/p/recommendations?" + bad)).andReturn().getResponse().getStatus()).as(bad).isEqualTo(200);
            assertThat(mvc.perform(get("/p/briefs?" + bad)).andReturn().getResponse().getStatus()).as(bad).isEqualTo(200);
            assertThat(mvc.perform(get("/p/search?q=школы&" + bad)).andReturn().getResponse().getStatus()).as(bad).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/p/recommendations?page=400")).andReturn().getResponse().getContentAsString())
                .contains("Рекомендаций с такими условиями нет");
    }

    @Test
    void unknownOrMalformedAddressesAnswerWithTheLocalisedNotFoundPage() throws Exception {
        for (String path : List.of("/p/recommendations/abc", "/p/recommendations/99999999", "/p/recommendations/99999999999999999999",
                "/p/briefs/-1", "/p/briefs/%27%20drop", "/p/bodies/" + world.cso.id(), "/p/themes/0", "/p/bodies/x1",
                "/p/nothing-here")) {
            MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).contains("Страница не найдена").doesNotContain("Exception");
        }
        assertThat(mvc.perform(get(java.net.URI.create("/p/briefs/%27%3B%20drop"))).andReturn().getResponse().getStatus())
                .as("the firewall refuses an encoded semicolon").isEqualTo(400);
        MockHttpServletResponse english = mvc.perform(get("/p/briefs/999999").cookie(new jakarta.servlet.http.Cookie("kozomol_lang", "en")))
                .andReturn().getResponse();
        assertThat(english.getContentAsString()).contains("Page not found");
    }

    @Test
    void oldOrWrongSlugsMovePermanentlyToTheCanonicalAddress() throws Exception {
        PublicRecommendation page = tracker.recommendation(accepted.id()).orElseThrow();
        assertThat(page.path()).isEqualTo("/p/recommendations/" + accepted.id() + "-" + Slugs.of(accepted.reference())
                + "-pervaia-oborudovat-pandusy");
        for (String old : List.of("/p/recommendations/" + accepted.id(), "/p/recommendations/" + accepted.id() + "-old-text",
                "/p/recommendations/" + accepted.id() + "-первая")) {
            MockHttpServletResponse response = mvc.perform(get(old)).andReturn().getResponse();
            assertThat(response.getStatus()).as(old).isEqualTo(301);
            assertThat(response.getHeader("Location")).isEqualTo(page.path());
        }
        assertThat(mvc.perform(get(page.path())).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse briefPage = mvc.perform(get("/p/briefs/" + brief.id())).andReturn().getResponse();
        assertThat(briefPage.getStatus()).isEqualTo(301);
        assertThat(briefPage.getHeader("Location")).isEqualTo("/p/briefs/" + brief.id() + "-dostupnost-shkol-karakola");
        assertThat(mvc.perform(get("/p/bodies/" + world.lead.id())).andReturn().getResponse().getHeader("Location"))
                .matches("/p/bodies/" + world.lead.id() + "-testovaia-organizatsiia-\\d+");
    }

    @Test
    void theRecommendationPageShowsTheTimelineAndTheChainOfEvidence() throws Exception {
        String page = follow("/p/recommendations/" + claimed.id());
        assertThat(page).contains("Третья: переоборудовать туалеты").contains("уже выполнена (по данным органа)")
                .contains("оценки расходятся").contains("Осмотр").contains("Доступность школ Каракола")
                .contains("href=\"/p/briefs/" + brief.id() + "-dostupnost-shkol-karakola\"")
                .contains("Обоснование").contains("https://example.org/evidence").contains("01-12/345");
        String briefPage = follow("/p/briefs/" + brief.id());
        String slug = "/p/briefs/" + brief.id() + "-dostupnost-shkol-karakola";
        assertThat(briefPage).contains(slug + ".pdf?lang=ru").doesNotContain(slug + ".pdf?lang=ky").contains(slug + ".docx?lang=ru")
                .contains("Первая: оборудовать пандусы").contains("property=\"og:type\" content=\"article\"")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080/p/briefs/" + brief.id() + "-dostupnost-shkol-karakola\">")
                .contains("name=\"twitter:card\" content=\"summary\"").contains("lang=\"ru\"");
    }

    @Test
    void aWithdrawnBriefStaysReadableMarkedButIsNotPromoted() throws Exception {
        String page = follow("/p/briefs/" + withdrawn.id());
        assertThat(page).contains("Записка отозвана авторами");
        assertThat(follow("/")).doesNotContain("Отозванная записка").contains("Доступность школ Каракола");
        assertThat(follow("/p/briefs")).doesNotContain("Отозванная записка");
        assertThat(follow("/p/briefs?withdrawn=true")).contains("Отозванная записка").contains("записка отозвана");
        assertThat(follow("/p/recommendations")).contains("Седьмая: пополнить библиотеки").contains("записка отозвана");
        String sitemap = follow("/sitemap.xml");
        assertThat(sitemap).contains("/p/briefs/" + brief.id() + "-dostupnost-shkol-karakola")
                .contains(tracker.recommendation(accepted.id()).orElseThrow().path()).doesNotContain("/p/briefs/" + withdrawn.id() + "-");
    }

    @Test
    void robotsKeepCrawlersOutOfSignedInAreasAndSearchResultsAreNotIndexed() throws Exception {
        MockHttpServletResponse robots = mvc.perform(get("/robots.txt")).andReturn().getResponse();
        assertThat(robots.getContentType()).startsWith("text/plain");
        assertThat(robots.getContentAsString()).contains("Disallow: /admin\n").contains("Disallow: /recommendations\n")
                .contains("Disallow: /dashboard\n").contains("Sitemap: http://localhost:8080/sitemap.xml");
        assertThat(follow("/p/search?q=школы")).contains("<meta name=\"robots\" content=\"noindex, follow\">");
        assertThat(follow("/p/recommendations")).doesNotContain("noindex");
    }

    @Test
    void everyPublicPageAnswersInEachLanguageWithTheRightLangAttribute() throws Exception {
        String[] pages = {"/", "/p/briefs", "/p/recommendations", "/p/bodies", "/p/themes", "/p/search?q=школы",
                tracker.recommendation(accepted.id()).orElseThrow().path(), "/p/themes/" + otherTheme, "/p/bodies/" + world.lead.id()};
        for (String language : List.of("ru", "ky", "en")) {
            for (String path : pages) {
                String html = follow(path, language);
                assertThat(html).as(path).contains("<html lang=\"" + language + "\"");
            }
        }
        assertThat(follow("/p/themes/" + otherTheme, "ky")).contains("<h1 lang=\"ru\">Алименты</h1>");
        assertThat(follow("/p/themes/" + otherTheme, "en")).contains("<h1 lang=\"en\">Alimony</h1>");
    }

    private List<Long> ids(Map<String, String> parameters) {
        return tracker.list(PublicFilter.parse(parameters::get).filter(), new PageRequest(1, 50)).items().stream()
                .map(PublicRecommendationRow::id).toList();
    }

    private String follow(String path) throws Exception {
        return follow(path, "ru");
    }

    private String follow(String path, String language) throws Exception {
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie("kozomol_lang", language);
        MockHttpServletResponse response = mvc.perform(get(path).cookie(cookie)).andReturn().getResponse();
        if (response.getStatus() == 301) {
            response = mvc.perform(get(response.getHeader("Location")).cookie(cookie)).andReturn().getResponse();
        }
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String id(kg.kozomol.identity.Organisation organisation) {
        return Long.toString(organisation.id());
    }
}
