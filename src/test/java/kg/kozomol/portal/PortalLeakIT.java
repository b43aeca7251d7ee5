package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefSection;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.ReviewComments;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;

/**
 * Every public page tried against a draft brief, a brief in internal review, draft recommendations, draft positions and
 * review comments, each carrying a word found nowhere else: none of it may be reachable, listed, counted or found.
 */
@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalLeakIT {

    /** One invented word per thing that must stay unpublished. */
    private static final List<String> SECRETS = List.of("Квазимодо", "Брамапутра", "Кракатау", "Эверест", "Килиманджаро",
            "Титикака", "Ниагара");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PublicTracker tracker;
    @Autowired PublicBriefs briefs;
    @Autowired PublicUptake uptake;
    @Autowired PublicSearch search;

    PortalWorld world;
    Brief published;
    Brief draft;
    Brief inReview;
    Recommendation released;
    Recommendation draftOnDraftBrief;
    Recommendation draftOnPublishedBrief;

    @BeforeAll
    void unpublishedThingsNextToPublishedOnes() {
        world = new PortalWorld(context);
        published = world.draftBrief("Опубликованная записка о пандусах", null, "<p>Пандусы в школах (синтетические данные).</p>");
        Finding finding = world.finding(published, "Пандусов мало", "<p>Три школы из двадцати.</p>");
        published = world.publish(published);
        world.as(world.researcher, () -> context.getBean(ReviewComments.class).add(published.id(), BriefSection.SUMMARY,
                "Замечание рецензента: Ниагара", world.researcher.id()));
        draft = world.draftBrief("Секретная записка Квазимодо", null, "<p>Черновик про Квазимодо.</p>");
        inReview = world.reviewedBrief("Записка Брамапутра на рецензии", "<p>Текст про Брамапутра.</p>");
        released = world.release(world.draftRecommendation(published, "Опубликованная рекомендация оборудовать пандусы", null,
                List.of(finding.id())));
        draftOnDraftBrief = world.draftRecommendation(draft, "Черновая рекомендация Кракатау", null, List.of());
        draftOnPublishedBrief = world.draftRecommendation(published, "Неотправленная рекомендация Эверест", null, List.of());
        world.answer(released, world.lead, Position.ACCEPTED, null);
        world.as(world.leadFocal, () -> world.responses.saveDraft(world.addressee(released, world.lead).id(),
                new kg.kozomol.tracker.PositionDraft(Position.REJECTED, "Пересмотр Титикака", null, null, null, null, null, null,
                        null, List.of()), true));
        world.draftPosition(released, world.supporting, Position.NOTED, "Обоснование Килиманджаро");
    }

    @Test
    void unpublishedBriefsAndRecommendationsAreNotFoundByAnyAddress() throws Exception {
        for (long id : List.of(draft.id(), inReview.id())) {
            assertThat(status("/p/briefs/" + id)).isEqualTo(404);
            assertThat(status("/p/briefs/" + id + "-sekretnaia-zapiska")).isEqualTo(404);
        }
        for (long id : List.of(draftOnDraftBrief.id(), draftOnPublishedBrief.id())) {
            assertThat(status("/p/recommendations/" + id)).isEqualTo(404);
        }
        // Being signed in, even as the author, does not make a draft public.
        MockHttpServletResponse asAuthor = mvc.perform(get("/p/briefs/" + draft.id()).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse();
        assertThat(asAuthor.getStatus()).isEqualTo(404);
        assertThat(asAuthor.getContentAsString()).contains("Страница не найдена").doesNotContain("Квазимодо");
        assertThat(briefs.brief(draft.id())).isEmpty();
        assertThat(briefs.brief(inReview.id())).isEmpty();
        assertThat(tracker.recommendation(draftOnPublishedBrief.id())).isEmpty();
    }

    @Test
    void noPublicPageShowsAnUnpublishedWordCommentOrPersonalData() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/p/briefs", "/p/briefs?withdrawn=true", "/p/recommendations",
                "/p/recommendations?body=" + world.supporting.id(), "/p/bodies", "/p/themes", "/sitemap.xml",
                "/p/search?q=рекомендация"));
        pages.add(published.id() == 0 ? "" : briefs.brief(published.id()).orElseThrow().path());
        pages.add(tracker.recommendation(released.id()).orElseThrow().path());
        pages.add(new PublicOrganisation(world.lead.id(), new PublicName(world.lead.nameRu(), null, null)).path());
        pages.add(new PublicOrganisation(world.supporting.id(), new PublicName(world.supporting.nameRu(), null, null)).path());
        pages.add(new PublicTheme(world.theme.id(), world.theme.code(), new PublicName(world.theme.nameRu(), null, null)).path());
        for (String page : pages) {
            MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            String body = response.getContentAsString();
            for (String secret : SECRETS) {
                assertThat(body).as("%s shows %s", page, secret).doesNotContainIgnoringCase(secret);
            }
            assertThat(body).as(page).doesNotContain(world.researcherAccount.email())
                    .doesNotContain(world.researcherAccount.fullName()).doesNotContain("@test.kozomol.kg");
        }
    }

    @Test
    void searchFindsNothingUnpublishedNotEvenBySimilarSpelling() throws Exception {
        for (String secret : SECRETS) {
            assertThat(search.search(new SearchRequest(secret, null, null, null), new PageRequest(1, 20)).hits().total())
                    .as(secret).isZero();
            String typo = secret.substring(0, secret.length() - 1) + "ы";
            assertThat(search.search(new SearchRequest(typo, null, null, null), new PageRequest(1, 20)).hits().total())
                    .as(typo).isZero();
            String page = mvc.perform(get("/p/search").param("q", secret)).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("ничего не найдено");
        }
        assertThat(search.search(new SearchRequest("пандусы", null, null, null), new PageRequest(1, 20)).hits().total())
                .as("the published brief and recommendation are found").isEqualTo(2);
    }

    @Test
    void figuresAndListsCountOnlyWhatIsPublic() {
        assertThat(tracker.list(PublicFilter.none(), new PageRequest(1, 50)).items()).extracting(PublicRecommendationRow::id)
                .containsExactly(released.id());
        assertThat(briefs.list(new PublicBriefFilter(null, null, null, true), new PageRequest(1, 50)).items())
                .extracting(PublicBriefSummary::id).containsExactly(published.id());
        UptakeFigures figures = uptake.figures(null, null);
        assertThat(figures.recommendations()).isEqualTo(1);
        assertThat(figures.addressed()).isEqualTo(2);
        assertThat(figures.answered()).isEqualTo(1);
        PublicRecommendation page = tracker.recommendation(released.id()).orElseThrow();
        assertThat(page.bodies()).extracting(b -> b.addressee().position()).containsExactly(Position.ACCEPTED, null);
        assertThat(page.bodies()).allSatisfy(b -> assertThat(b.positions()).allMatch(p -> p.position() == Position.ACCEPTED));
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
