package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.Brief;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;

@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSearchIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PublicSearch search;

    PortalWorld world;
    Brief brief;
    Recommendation kyrgyz;
    Recommendation markup;

    @BeforeAll
    void publishedTextsInRussianAndKyrgyz() {
        world = new PortalWorld(context);
        brief = world.publishedBrief("Доступность школ Каракола", "<p>В школах Каракола мало пандусов (синтетические данные).</p>");
        kyrgyz = world.release(world.draftRecommendation(brief, null,
                "Мүмкүнчүлүгү чектелген балдар үчүн өзгөчө мектептерди жаңы пандустар менен жабдуу", List.of()));
        markup = world.released(brief, "Оборудовать школы <b>пандусами</b> & проверить <script>alert('x')</script>");
        world.answer(markup, world.lead, Position.PARTIALLY_ACCEPTED, "Финансирование предусмотрено на следующий год");
        world.progress(markup, world.lead, Completion.LIMITED, "Закуплены материалы для пандусов");
        world.assess(markup, world.lead, Completion.NOT_STARTED, "Выезд наблюдателей в школы");
    }

    @Test
    void findsKyrgyzWordsTypedWithoutTheirMarksAndShowsTheOriginalSpelling() {
        for (String typed : List.of("мумкунчулугу", "Мүмкүнчүлүгү", "озгочо", "ӨЗГӨЧӨ", "жаны пандустар", "мектептер")) {
            SearchResults results = find(typed);
            assertThat(results.hits().items()).as(typed).extracting(SearchHit::path).containsExactly(path(kyrgyz));
            assertThat(results.alike()).isFalse();
        }
        SearchHit hit = find("озгочо").hits().items().get(0);
        assertThat(hit.lang()).isEqualTo("ky");
        assertThat(hit.snippet()).contains("<mark>өзгөчө</mark>").contains("Мүмкүнчүлүгү");
    }

    @Test
    void findsRussianWordsInOtherGrammaticalForms() {
        assertThat(find("школы").hits().items()).extracting(SearchHit::type)
                .contains(SearchType.BRIEF, SearchType.RECOMMENDATION, SearchType.ASSESSMENT);
        SearchHit briefHit = find("школа Каракол").hits().items().stream().filter(h -> h.type() == SearchType.BRIEF)
                .findFirst().orElseThrow();
        assertThat(briefHit.snippet()).contains("<mark>школах</mark>").contains("<mark>Каракола</mark>");
        assertThat(briefHit.path()).isEqualTo(PortalPaths.brief(brief.id(), new PublicText(brief.title().ru(), null)));
        assertThat(find("финансированием").hits().items()).extracting(SearchHit::type).containsExactly(SearchType.RESPONSE);
        assertThat(find("закупка материала").hits().items()).singleElement()
                .satisfies(h -> assertThat(h.path()).contains("#entry-"));
    }

    @Test
    void findsATypoByTrigramSimilarityAndSaysSo() {
        SearchResults results = find("Каракало");
        assertThat(results.alike()).isTrue();
        assertThat(results.hits().items()).extracting(SearchHit::type).containsExactly(SearchType.BRIEF);
        assertThat(results.hits().items().get(0).snippet()).contains("<mark>Каракола</mark>");
        assertThat(find("мектептерди жабдууу").hits().items()).extracting(SearchHit::path).containsExactly(path(kyrgyz));
        assertThat(find("Зюзяблик").hits().total()).isZero();
    }

    @Test
    void snippetsAreEscapedExceptTheHighlight() {
        SearchHit hit = find("оборудовать").hits().items().stream().filter(h -> h.type() == SearchType.RECOMMENDATION)
                .findFirst().orElseThrow();
        assertThat(hit.snippet()).isEqualTo("<mark>Оборудовать</mark> школы &lt;b&gt;пандусами&lt;/b&gt; &amp; проверить "
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void sqlAndMarkupInTheQueryAreOnlyText() throws Exception {
        long briefs = world.fixtures.count("select count(*) from brief");
        for (String typed : List.of("' OR 1=1; drop table brief; --", "<script>alert(1)</script>", "\\\\ %_ :* & | !",
                "школы' or ''='")) {
            MockHttpServletResponse response = mvc.perform(get("/p/search").param("q", typed)).andReturn().getResponse();
            assertThat(response.getStatus()).as(typed).isEqualTo(200);
            assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(mvc.perform(get("/p/search").param("q", "<script>alert(1)</script>")).andReturn().getResponse()
                .getContentAsString()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(world.fixtures.count("select count(*) from brief")).isEqualTo(briefs);
        assertThat(find("школы' or ''='").hits().total()).isPositive();
    }

    @Test
    void facetsCountByTypeThemeAndBodyAndNarrowTheSearch() throws Exception {
        SearchResults all = find("пандусы");
        assertThat(all.types()).extracting(FacetCount::value, FacetCount::count).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("BRIEF", 1L), org.assertj.core.api.Assertions.tuple("RECOMMENDATION", 2L),
                org.assertj.core.api.Assertions.tuple("RESPONSE", 1L));
        assertThat(all.themes()).extracting(FacetCount::count).containsExactly(4L);
        assertThat(all.bodies()).extracting(FacetCount::value, FacetCount::count).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple(Long.toString(world.lead.id()), 3L),
                org.assertj.core.api.Assertions.tuple(Long.toString(world.supporting.id()), 2L));
        SearchResults answers = search.search(new SearchRequest("пандусы", SearchType.RESPONSE, null, null), new PageRequest(1, 20));
        assertThat(answers.hits().items()).extracting(SearchHit::type).containsExactly(SearchType.RESPONSE);
        SearchResults supporting = search.search(new SearchRequest("пандусы", null, null, world.supporting.id()),
                new PageRequest(1, 20));
        assertThat(supporting.hits().items()).extracting(SearchHit::type).containsOnly(SearchType.RECOMMENDATION);
        String page = mvc.perform(get("/p/search").param("q", "пандусы").param("type", "response")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Найдено: 1").contains("aria-current=\"true\"").contains("Закуплены материалы");
    }

    @Test
    void anEditedRecommendationIsFoundByItsNewTextOnlyAndAWithdrawnBriefIsMarked() {
        Recommendation edited = world.released(brief, "Старый текст про водопровод");
        assertThat(find("водопровод").hits().total()).isEqualTo(1);
        world.as(world.researcher, () -> world.recommendations.update(edited.id(), world.recommendations.require(edited.id()).version(),
                new RecommendationDraft(brief.id(), 1, world.cso.id(), "Новый текст про канализацию", null, "ru", world.theme.id(),
                        ActionType.BUDGET, Priority.LOW, null, world.lead.id(), List.of(), List.of())));
        assertThat(find("водопровод").hits().total()).isZero();
        assertThat(find("канализация").hits().items()).singleElement().satisfies(h -> assertThat(h.withdrawn()).isFalse());
        Brief other = world.publishedBrief("Записка о библиотеках", "<p>Библиотеки сельских школ.</p>");
        world.withdraw(other);
        assertThat(find("библиотеки").hits().items()).singleElement().satisfies(h -> assertThat(h.withdrawn()).isTrue());
    }

    private SearchResults find(String text) {
        return search.search(new SearchRequest(text, null, null, null), new PageRequest(1, 20));
    }

    private static String path(Recommendation r) {
        return PortalPaths.recommendation(r.id(), r.reference(), new PublicText(r.textRu(), r.textKy()));
    }
}
