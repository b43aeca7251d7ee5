package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import kg.kozomol.brief.Brief;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: downloads, the API and the feeds give back exactly what is published, in every format and language, and
 * never a draft. Each unpublished thing carries a word found nowhere else.
 */
@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIT {

    private static final List<String> SECRETS = List.of("Квазимодо", "Эверест", "Кракатау", "Килиманджаро");
    private static final String KYRGYZ = "Мектептерге пандус орнотуу: өкмөт үчүн көңүл буруу";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PublicTracker tracker;
    @Autowired PublicCatalog catalog;

    PortalWorld world;
    Brief published;
    Brief draft;
    Recommendation released;
    Recommendation draftOnPublished;
    Recommendation draftOnDraft;
    String bodyKey;
    String themeKey;

    @BeforeAll
    void publishedThingsNextToDrafts() {
        world = new PortalWorld(context);
        published = world.publish(world.draftBrief("Записка о пандусах в школах", "Мектептердеги пандустар жөнүндө",
                "<p>Пандусы есть в трёх школах из двадцати (синтетические данные).</p>"));
        released = world.release(world.draftRecommendation(published, "Оборудовать пандусы во всех школах", KYRGYZ, List.of()));
        world.answer(released, world.lead, Position.ACCEPTED, "Принято, средства предусмотрены");
        world.assess(released, world.lead, Completion.LIMITED, "Проверка на месте в Караколе");
        world.draftPosition(released, world.supporting, Position.NOTED, "Обоснование Килиманджаро");
        draft = world.draftBrief("Секретная записка Квазимодо", null, "<p>Черновик про Квазимодо.</p>");
        draftOnPublished = world.draftRecommendation(published, "Неотправленная рекомендация Эверест", null, List.of());
        draftOnDraft = world.draftRecommendation(draft, "Черновая рекомендация Кракатау", null, List.of());
        bodyKey = catalog.body(world.lead.id()).orElseThrow().path().replace(PortalPaths.BODIES + "/", "");
        themeKey = catalog.theme(world.theme.id()).orElseThrow().path().replace(PortalPaths.THEMES + "/", "");
    }

    @Test
    void csvHasAByteOrderMarkLocalisedHeadersAndCyrillicAndKyrgyzIntact() throws Exception {
        MockHttpServletResponse response = ok("/p/data/recommendations.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Link")).contains("creativecommons.org/licenses/by/4.0").contains("rel=\"license\"");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("kozomol-recommendations.csv");
        List<CSVRecord> rows = csv(bytes);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toList()).contains("Номер", "Текст (русский)", "Текст (кыргызский)", "Адресаты");
        assertThat(rows.get(1).toList()).contains(Long.toString(released.id()), "Оборудовать пандусы во всех школах", KYRGYZ,
                "Записка о пандусах в школах");
        assertThat(String.join(";", rows.get(1).toList())).contains(world.lead.nameRu() + ": ACCEPTED")
                .contains(world.supporting.nameRu() + ": —").contains(world.lead.nameRu() + ": LIMITED");

        List<CSVRecord> english = csv(ok("/p/data/recommendations.csv?lang=en").getContentAsByteArray());
        assertThat(english.get(0).toList()).contains("Reference", "Text (Kyrgyz)");
    }

    @Test
    void downloadsFollowTheFiltersOfThePageTheyAreLinkedFrom() throws Exception {
        assertThat(csv(ok("/p/data/recommendations.csv?body=" + world.lead.id()).getContentAsByteArray())).hasSize(2);
        assertThat(csv(ok("/p/data/recommendations.csv?position=rejected").getContentAsByteArray())).hasSize(1);
        assertThat(csv(ok("/p/data/recommendations.csv?theme=" + world.theme.id() + "&implementation=limited")
                .getContentAsByteArray())).hasSize(2);
        String tracker = ok("/p/recommendations?theme=" + world.theme.id() + "&position=accepted").getContentAsString();
        assertThat(tracker).contains("href=\"/p/data/recommendations.csv?theme=" + world.theme.id() + "&amp;position=ACCEPTED\"")
                .contains("href=\"/p/data/recommendations.xlsx?theme=").contains("href=\"/p/data/recommendations.json?theme=");
    }

    @Test
    void xlsxAndJsonReadBackWithTheSameTexts() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ok("/p/data/recommendations.xlsx")
                .getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> header = cells(sheet.getRow(0));
            List<String> row = cells(sheet.getRow(1));
            assertThat(header).contains("Номер", "Текст (кыргызский)");
            assertThat(row).contains(KYRGYZ, "Оборудовать пандусы во всех школах");
        }
        JsonNode json = JSON.readTree(ok("/p/data/recommendations.json").getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.get("license").asString()).isEqualTo("CC BY 4.0");
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.get("items").get(0).get("text").get("ky").asString()).isEqualTo(KYRGYZ);
        assertThat(json.get("items").get(0).get("bodies").get(0).get("position").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void everyListDownloadsInEveryFormat() throws Exception {
        for (String dataset : List.of("recommendations", "briefs", "bodies", "themes")) {
            assertThat(csv(ok("/p/data/" + dataset + ".csv").getContentAsByteArray())).as(dataset).hasSizeGreaterThan(1);
            assertThat(JSON.readTree(ok("/p/data/" + dataset + ".json").getContentAsString(StandardCharsets.UTF_8))
                    .get("items").size()).as(dataset).isPositive();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ok("/p/data/" + dataset + ".xlsx")
                    .getContentAsByteArray()))) {
                assertThat(workbook.getSheetAt(0).getLastRowNum()).as(dataset).isPositive();
            }
        }
        List<CSVRecord> briefs = csv(ok("/p/data/briefs.csv").getContentAsByteArray());
        assertThat(briefs).hasSize(2);
        assertThat(briefs.get(1).toList()).contains("Мектептердеги пандустар жөнүндө");
        List<CSVRecord> timeline = csv(ok("/p/data/recommendations/" + released.id() + "/timeline.csv").getContentAsByteArray());
        assertThat(timeline).extracting(r -> r.get(2)).contains("POSITION_RELEASED", "ASSESSMENT");
        assertThat(status("/p/data/nothing.csv")).isEqualTo(404);
        assertThat(status("/p/data/briefs.pdf")).isEqualTo(404);
    }

    @Test
    void noDownloadFeedOrApiAnswerShowsAnUnpublishedWord() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (String format : List.of("csv", "json")) {
            for (String dataset : List.of("recommendations", "briefs", "bodies", "themes")) {
                addresses.add("/p/data/" + dataset + "." + format + "?withdrawn=true");
            }
            addresses.add("/p/data/recommendations/" + released.id() + "/timeline." + format);
        }
        addresses.addAll(List.of("/api/v1/recommendations", "/api/v1/recommendations/" + released.id(), "/api/v1/briefs?withdrawn=true",
                "/api/v1/briefs/" + published.id(), "/api/v1/bodies", "/api/v1/bodies/" + world.supporting.id(), "/api/v1/themes",
                "/p/feeds/briefs.atom", "/p/feeds/bodies/" + world.supporting.id() + ".atom", "/p/feeds/bodies/" + bodyKey + ".atom",
                "/p/feeds/themes/" + themeKey + ".atom", "/p/data"));
        for (String address : addresses) {
            String body = ok(address).getContentAsString(StandardCharsets.UTF_8);
            for (String secret : SECRETS) {
                assertThat(body).as("%s shows %s", address, secret).doesNotContainIgnoringCase(secret);
            }
            assertThat(body).as(address).doesNotContain(world.researcherAccount.email());
        }
        for (String address : List.of("/api/v1/briefs/" + draft.id(), "/api/v1/recommendations/" + draftOnPublished.id(),
                "/api/v1/recommendations/" + draftOnDraft.id(), "/p/data/recommendations/" + draftOnPublished.id() + "/timeline.csv",
                "/p/data/recommendations/" + draftOnDraft.id() + "/timeline.json")) {
            assertThat(status(address)).as(address).isEqualTo(404);
        }
        JsonNode list = api("/api/v1/recommendations");
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(api("/api/v1/briefs?withdrawn=true").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void apiPagesWithLinksAndCapsTheSize() throws Exception {
        JsonNode page = api("/api/v1/recommendations?size=1000");
        assertThat(page.get("size").asInt()).isEqualTo(200);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("license").asString()).isEqualTo("CC BY 4.0");
        assertThat(page.get("links").get("next").isNull()).isTrue();
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("reference").asString()).isNotBlank();
        assertThat(item.get("text").get("ky").asString()).isEqualTo(KYRGYZ);
        assertThat(item.get("url").asString()).startsWith("http").contains("/p/recommendations/" + released.id() + "-");

        JsonNode themes = api("/api/v1/themes?size=1&page=1");
        assertThat(themes.get("items")).hasSize(1);
        if (themes.get("total").asLong() > 1) {
            assertThat(themes.get("links").get("next").asString()).contains("page=2").contains("size=1");
        }
        JsonNode detail = api("/api/v1/recommendations/" + released.id() + "-any-slug");
        assertThat(detail.get("sdgs").get(0).asString()).isEqualTo("4.a");
        assertThat(detail.get("timeline").findValuesAsString("kind")).contains("POSITION_RELEASED", "ASSESSMENT");
        assertThat(api("/api/v1/bodies/" + world.lead.id()).get("answered").asLong()).isEqualTo(1);
        assertThat(api("/api/v1/briefs/" + published.id()).get("recommendations").asLong()).isEqualTo(1);
        assertThat(api("/api/v1/recommendations?body=" + world.lead.id() + "&position=accepted&sdg=4").get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void malformedParametersAreALocalisedProblemNotAnError() throws Exception {
        for (String query : List.of("page=abc", "size=-5", "position=maybe", "year=1800", "sdg=drop%20table", "body=1x",
                "sort=sideways", "page=0")) {
            MockHttpServletResponse response = mvc.perform(get("/api/v1/recommendations?" + query)).andReturn().getResponse();
            assertThat(response.getStatus()).as(query).isEqualTo(400);
            assertThat(response.getContentType()).as(query).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asString()).isEqualTo("Неверный запрос");
            assertThat(problem.get("detail").asString()).contains(query.substring(0, query.indexOf('=')));
        }
        MockHttpServletResponse english = mvc.perform(get("/api/v1/briefs?withdrawn=perhaps")
                .cookie(new jakarta.servlet.http.Cookie("kozomol_lang", "en"))).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("could not be read: withdrawn");
        for (String address : List.of("/api/v1/recommendations/999999", "/api/v1/recommendations/abc", "/api/v1/briefs/0",
                "/api/v1/bodies/" + world.cso.id(), "/api/v1/bodies/999999", "/api/v1/nothing", "/api/v1/themes/1/more")) {
            MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(404);
            assertThat(response.getContentType()).as(address).startsWith("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Не найдено");
        }
    }

    @Test
    void answersCarryAStrongEtagAndAnUnchangedOneIsNotSentAgain() throws Exception {
        MockHttpServletResponse first = ok("/api/v1/recommendations");
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.getHeader("Cache-Control")).contains("max-age=60").contains("public");
        assertThat(first.getHeader("Access-Control-Allow-Origin")).isNull();
        MockHttpServletResponse again = mvc.perform(get("/api/v1/recommendations").header("If-None-Match", etag)).andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(mvc.perform(get("/api/v1/recommendations?size=5").header("If-None-Match", etag)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        MockHttpServletResponse crossSite = mvc.perform(get("/api/v1/themes").header("Origin", "https://example.org"))
                .andReturn().getResponse();
        assertThat(crossSite.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void feedsAreAtomWithTagIdsAndOnlyPublicEvents() throws Exception {
        Document briefs = xml(ok("/p/feeds/briefs.atom"));
        Element feed = briefs.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(child(feed, "id")).startsWith("tag:localhost,2026:");
        assertThat(child(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(child(entry, "id")).isEqualTo("tag:localhost,2026:kozomol/brief/" + published.id());
        assertThat(child(entry, "title")).isEqualTo("Записка о пандусах в школах");
        assertThat(((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"))
                .startsWith("http").contains("/p/briefs/" + published.id() + "-");
        assertThat(child((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "author").item(0), "name"))
                .isEqualTo(world.cso.nameRu());
        assertThat(child((Element) xml(ok("/p/feeds/briefs.atom?lang=ky")).getElementsByTagNameNS("http://www.w3.org/2005/Atom",
                "entry").item(0), "title")).isEqualTo("Мектептердеги пандустар жөнүндө");

        Document body = xml(ok("/p/feeds/bodies/" + bodyKey + ".atom"));
        List<String> ids = texts(body, "id");
        assertThat(ids).allMatch(id -> id.matches("tag:localhost,2026:kozomol/[a-z]+(/\\d+)?"));
        List<String> titles = texts(body, "title");
        String reference = tracker.recommendation(released.id()).orElseThrow().summary().reference();
        assertThat(titles.subList(1, titles.size())).allMatch(t -> t.startsWith(reference + ": ")
                && t.endsWith(" — " + world.lead.nameRu()));
        assertThat(body.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(2);
        assertThat(xml(ok("/p/feeds/bodies/" + world.supporting.id() + ".atom"))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isZero();
        assertThat(xml(ok("/p/feeds/themes/" + themeKey + ".atom"))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(2);
        assertThat(status("/p/feeds/bodies/" + world.cso.id() + ".atom")).isEqualTo(404);
        assertThat(status("/p/feeds/themes/999999.atom")).isEqualTo(404);
    }

    @Test
    void publicPagesLinkTheirDownloadsAndFeedsAndNameTheLicence() throws Exception {
        String body = ok(PortalPaths.BODIES + "/" + bodyKey).getContentAsString();
        assertThat(body).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/p/feeds/bodies/" + bodyKey + ".atom\"")
                .contains("href=\"/p/data/recommendations.csv?body=" + world.lead.id() + "\"")
                .contains("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ok(PortalPaths.BRIEFS).getContentAsString()).contains("href=\"/p/feeds/briefs.atom\"")
                .contains("href=\"/p/data/briefs.csv\"");
        assertThat(ok(tracker.recommendation(released.id()).orElseThrow().path()).getContentAsString())
                .contains("/timeline.csv\"");
        String dictionary = ok("/p/data").getContentAsString();
        assertThat(dictionary).contains("Открытые данные", "Номер", "text_ky", "/api/v1/recommendations", "CC BY 4.0",
                "/p/data/recommendations.xlsx", "/p/feeds/briefs.atom");
    }

    private MockHttpServletResponse ok(String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(address)).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response;
    }

    private int status(String address) throws Exception {
        return mvc.perform(get(address)).andReturn().getResponse().getStatus();
    }

    private JsonNode api(String address) throws Exception {
        return JSON.readTree(ok(address).getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(cell.toString()));
        return out;
    }

    private static Document xml(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(response.getContentAsByteArray())));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
