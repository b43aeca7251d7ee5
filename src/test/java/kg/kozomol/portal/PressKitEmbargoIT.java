package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.PressKit;
import kg.kozomol.brief.PressKitDraft;
import kg.kozomol.brief.PressKits;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;

/**
 * An embargoed brief (published, with a released and answered recommendation and a press kit) and a draft brief with a
 * press kit, each carrying words found nowhere else: no public page, file, list, feed or search shows them until the
 * embargo passes; the owning organisation's researchers preview the kit meanwhile. Then the embargo passes.
 */
@KozomolTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PressKitEmbargoIT {

    private static final String EMBARGOED = "Альбатрос";
    private static final String DRAFT = "Кашалот";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired PressKits kits;

    PortalWorld world;
    Brief embargoed;
    Brief draft;
    Recommendation recommendation;
    KozomolPrincipal otherResearcher;

    @BeforeAll
    void anEmbargoedBriefAndADraftOneEachWithAKit() {
        world = new PortalWorld(context);
        embargoed = world.draftBrief("Записка " + EMBARGOED + " о пособиях", "Жөлөкпул " + EMBARGOED,
                "<p>Резюме про " + EMBARGOED + ".</p>");
        Finding finding = world.finding(embargoed, "Вывод " + EMBARGOED, "<p>Текст вывода.</p>");
        embargoed = world.publish(embargoed);
        recommendation = world.released(embargoed, "Рекомендация " + EMBARGOED + " выплачивать пособия");
        world.answer(recommendation, world.lead, Position.ACCEPTED, null);
        saveKit(embargoed, finding, "2099-01-01T00:00:00Z", EMBARGOED);
        draft = world.draftBrief("Черновик " + DRAFT, null, "<p>Черновик про " + DRAFT + ".</p>");
        saveKit(draft, world.finding(draft, "Вывод " + DRAFT, "<p>Текст.</p>"), null, DRAFT);
        var other = world.fixtures.organisation(OrganisationKind.CSO);
        otherResearcher = PortalWorld.principal(world.fixtures.user(Role.RESEARCHER, other), other, Role.RESEARCHER);
    }

    private void saveKit(Brief brief, Finding finding, String embargo, String word) {
        world.as(world.researcher, () -> kits.save(brief.id(), null, new PressKitDraft(
                embargo == null ? null : java.time.Instant.parse(embargo),
                new Bilingual("Для прессы: " + word + ", синтетические данные.", "Басма сөз үчүн: " + word),
                new PressKit.Contact("Пресс " + word, "press@example.org", "+996 312 123 456"),
                List.of(new PressKit.KeyFigure(new Bilingual("Доля " + word, "Үлүш " + word), new BigDecimal("33.5"), "%",
                                finding.id(), true),
                        new PressKit.KeyFigure(new Bilingual("Опрошено " + word, null), new BigDecimal("400"), null, null, true)),
                List.of(new PressKit.Quote(new Bilingual("Цитата " + word, null), null),
                        new PressKit.Quote(Bilingual.EMPTY, finding.id()))), world.researcher));
    }

    private List<String> kitAddresses(Brief brief) {
        String base = "/p/briefs/" + brief.id();
        return List.of(base + "/press-kit", base + "/press-kit/chart.svg", base + "/press-kit/chart.png",
                base + "/press-kit.zip", base + ".pdf", base + ".docx", base + ".pdf?lang=ky", base, "/p/briefs/" + brief.id() + "-x");
    }

    @Test
    @Order(1)
    void beforeTheEmbargoNothingOfTheBriefIsPublicAnywhere() throws Exception {
        for (RequestPostProcessor who : List.of(anonymous(), TestUsers.as(otherResearcher), TestUsers.as(world.leadFocal))) {
            for (Brief brief : List.of(embargoed, draft)) {
                for (String address : kitAddresses(brief)) {
                    MockHttpServletResponse response = mvc.perform(get(address).with(who)).andReturn().getResponse();
                    assertThat(response.getStatus()).as(address).isEqualTo(404);
                    assertThat(response.getContentAsString()).as(address).doesNotContain(EMBARGOED).doesNotContain(DRAFT);
                }
            }
            assertThat(status("/p/recommendations/" + recommendation.id(), who)).isEqualTo(404);
            for (String api : List.of("/api/v1/briefs/" + embargoed.id(), "/api/v1/briefs/" + draft.id(),
                    "/api/v1/recommendations/" + recommendation.id(),
                    "/p/data/recommendations/" + recommendation.id() + "/timeline.csv")) {
                assertThat(status(api, who)).as(api).isEqualTo(404);
            }
        }
        String body = new PublicOrganisation(world.lead.id(), new PublicName(world.lead.nameRu(), null, null)).path();
        String theme = new PublicTheme(world.theme.id(), world.theme.code(), new PublicName(world.theme.nameRu(), null, null)).path();
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/p/briefs", "/p/briefs?withdrawn=true", "/p/recommendations",
                "/p/uptake", "/p/uptake?body=" + world.lead.id(), "/p/bodies", body, "/p/themes", theme, "/sitemap.xml",
                "/p/search?q=пособия", "/p/data", PortalPaths.BRIEFS_FEED, PortalPaths.feedOf(body), PortalPaths.feedOf(theme),
                "/api/v1/recommendations", "/api/v1/briefs", "/api/v1/bodies", "/api/v1/themes"));
        for (String dataset : List.of("recommendations", "briefs", "bodies", "themes")) {
            for (String format : List.of("csv", "json")) {
                pages.add(PortalPaths.download(dataset, format, null));
            }
        }
        for (String page : pages) {
            MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            assertThat(response.getContentAsString()).as(page).doesNotContain(EMBARGOED).doesNotContain(DRAFT)
                    .doesNotContain("/p/briefs/" + embargoed.id()).doesNotContain("/p/recommendations/" + recommendation.id());
        }
        for (String word : List.of(EMBARGOED, "Альбатрас", DRAFT)) {
            String found = mvc.perform(get("/p/search").param("q", word)).andReturn().getResponse().getContentAsString();
            assertThat(found).as(word).contains("ничего не найдено").doesNotContain("/p/briefs/" + embargoed.id());
        }
        assertThat(mvc.perform(get("/p/uptake")).andReturn().getResponse().getContentAsString())
                .contains("Пока нечего показать");
    }

    @Test
    @Order(2)
    void theOwningResearchersPreviewTheKitButNobodyElse() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/p/briefs/" + embargoed.id() + "/press-kit")
                .with(TestUsers.as(world.researcher))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Предпросмотр").contains("Для прессы: " + EMBARGOED)
                .contains("noindex");
        MockHttpServletResponse zip = mvc.perform(get("/p/briefs/" + embargoed.id() + "/press-kit.zip")
                .with(TestUsers.as(world.researcher))).andReturn().getResponse();
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getHeader("Cache-Control")).contains("no-store");
        // The brief itself stays embargoed even for its authors on the public side: its PDF is not in the preview ZIP.
        assertThat(entries(zip.getContentAsByteArray()).keySet()).doesNotContain("brief.pdf")
                .noneMatch(name -> name.endsWith(".pdf"));
    }

    @Test
    @Order(2)
    void insideTheAppTheEmbargoedBriefIsTheOrganisationsAloneLikeADraft() throws Exception {
        String base = "/briefs/" + embargoed.id();
        List<String> pages = List.of(base, base + "/versions/1", base + "/export.pdf", base + "/export.docx",
                base + "/export.pdf?lang=ky");
        for (RequestPostProcessor outsider : List.of(TestUsers.as(otherResearcher), TestUsers.as(world.leadFocal))) {
            for (String page : pages) {
                MockHttpServletResponse response = mvc.perform(get(page).with(outsider)).andReturn().getResponse();
                assertThat(response.getStatus()).as(page).isEqualTo(404);
                assertThat(response.getContentAsString()).as(page).doesNotContain(EMBARGOED);
            }
            for (String list : List.of("/briefs", "/briefs?status=PUBLISHED", "/briefs?organisation=" + embargoed.organisationId())) {
                assertThat(mvc.perform(get(list).with(outsider)).andReturn().getResponse().getContentAsString()).as(list)
                        .doesNotContain(EMBARGOED).doesNotContain(base + "\"");
            }
        }
        for (RequestPostProcessor insider : List.of(TestUsers.as(world.researcher), TestUsers.as(Role.ADMIN))) {
            assertThat(status(base, insider)).isEqualTo(200);
            assertThat(status(base + "/export.pdf", insider)).isEqualTo(200);
            assertThat(mvc.perform(get("/briefs?organisation=" + embargoed.organisationId()).with(insider)).andReturn().getResponse().getContentAsString())
                    .contains(EMBARGOED);
        }
    }

    @Test
    @Order(3)
    void theEditorRefusesABadPhoneAndSavesAGoodKitWithItsAudit() throws Exception {
        String base = "/briefs/" + draft.id() + "/press-kit";
        assertThat(mvc.perform(get(base).with(TestUsers.as(world.researcher))).andReturn().getResponse().getContentAsString())
                .contains("Пресс " + DRAFT);
        assertThat(status(base, TestUsers.as(otherResearcher))).isEqualTo(404);
        int version = kits.preview(draft.id(), world.researcher).orElseThrow().version();
        MockHttpServletResponse bad = mvc.perform(post(base).with(csrf()).with(TestUsers.as(world.researcher))
                .param("version", Integer.toString(version)).param("summaryRu", "Новое резюме")
                .param("contactPhone", "звоните нам").param("figures[0].labelRu", "Доля").param("figures[0].value", "много")
                .param("embargoUntil", "2027-13-45T99:00")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Проверьте номер телефона").contains("Значение должно быть числом")
                .contains("Укажите дату и время эмбарго");
        assertThat(kits.preview(draft.id(), world.researcher).orElseThrow().summary().ru()).contains(DRAFT);
        long audits = world.fixtures.count("select count(*) from audit_event where entity_type = 'brief_press_kit'");
        MockHttpServletResponse good = mvc.perform(post(base).with(csrf()).with(TestUsers.as(world.researcher))
                .param("version", Integer.toString(version)).param("summaryRu", "Резюме " + DRAFT)
                .param("contactPhone", "+996 (312) 12-34-56").param("figures[0].labelRu", "Доля " + DRAFT)
                .param("figures[0].value", "12,5").param("figures[0].unit", "%").param("figures[0].inChart", "true")
                .param("embargoUntil", "2030-01-01T09:00")).andReturn().getResponse();
        assertThat(good.getStatus()).isEqualTo(302);
        PressKit saved = kits.preview(draft.id(), world.researcher).orElseThrow();
        assertThat(saved.figures()).extracting(PressKit.KeyFigure::value).containsExactly(new BigDecimal("12.5"));
        assertThat(saved.quotes()).isEmpty();
        assertThat(kits.embargo(draft.id())).isEqualTo(java.time.Instant.parse("2030-01-01T03:00:00Z"));
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'brief_press_kit'"))
                .isEqualTo(audits + 1);
        MockHttpServletResponse stale = mvc.perform(post(base).with(csrf()).with(TestUsers.as(world.researcher))
                .param("version", Integer.toString(version)).param("summaryRu", "Устаревшее")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(kits.preview(draft.id(), world.researcher).orElseThrow().summary().ru()).isEqualTo("Резюме " + DRAFT);
    }

    @Test
    @Order(4)
    void afterTheEmbargoTheBriefItsRecommendationAndItsKitAppear() throws Exception {
        world.fixtures.jdbc().sql("update brief set embargo_until = now() - interval '1 minute' where id = :id")
                .param("id", embargoed.id()).update();
        for (String address : kitAddresses(embargoed)) {
            int status = mvc.perform(get(address)).andReturn().getResponse().getStatus();
            assertThat(status).as(address).isIn(200, 301);
        }
        assertThat(status("/p/recommendations/" + recommendation.id(), anonymous())).isEqualTo(301);
        assertThat(status("/briefs/" + embargoed.id(), TestUsers.as(otherResearcher))).isEqualTo(200);
        assertThat(mvc.perform(get("/briefs?organisation=" + embargoed.organisationId()).with(TestUsers.as(otherResearcher))).andReturn().getResponse().getContentAsString())
                .contains(EMBARGOED);
        for (String page : List.of("/", "/p/briefs", "/sitemap.xml", "/p/search?q=" + EMBARGOED)) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()).as(page)
                    .contains("/p/briefs/" + embargoed.id());
        }
        String briefPage = mvc.perform(get(PortalPaths.brief(embargoed.id(), new PublicText(embargoed.title().ru(), null))))
                .andReturn().getResponse().getContentAsString();
        assertThat(briefPage).contains("/press-kit").contains(".pdf?lang=ru");
        String kitPath = PortalPaths.pressKit(PortalPaths.brief(embargoed.id(), new PublicText(embargoed.title().ru(), null)));
        String kitPage = mvc.perform(get(kitPath)).andReturn().getResponse().getContentAsString();
        assertThat(kitPage).contains("Для прессы: " + EMBARGOED).contains("role=\"img\"").contains("<title id=\"kit-chart-title\"")
                .contains("Цитата " + EMBARGOED).contains("Вывод " + EMBARGOED).contains("33,5 %").doesNotContain("Предпросмотр");
        // The draft brief's kit stays hidden.
        assertThat(status("/p/briefs/" + draft.id() + "/press-kit", anonymous())).isEqualTo(404);
        assertThat(mvc.perform(get("/p/briefs/" + embargoed.id() + ".pdf")).andReturn().getResponse().getContentType())
                .isEqualTo("application/pdf");
    }

    @Test
    @Order(5)
    void theZipHoldsTheSummaryTheFiguresAsExcelCsvTheChartAsSvgAndPngAndThePdf() throws Exception {
        String kitPath = PortalPaths.pressKit(PortalPaths.brief(embargoed.id(), new PublicText(embargoed.title().ru(), null)));
        MockHttpServletResponse response = mvc.perform(get(kitPath + ".zip")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = entries(response.getContentAsByteArray());
        assertThat(entries.keySet()).contains("summary.md", "key-figures.csv", "chart.svg", "chart.png")
                .anyMatch(name -> name.endsWith(".pdf"));
        byte[] csv = entries.get("key-figures.csv");
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv[2] & 0xff).isEqualTo(0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Доля " + EMBARGOED + ",33.5,%,Вывод " + EMBARGOED);
        assertThat(new String(entries.get("summary.md"), StandardCharsets.UTF_8)).contains("Для прессы: " + EMBARGOED)
                .contains("press@example.org");
        var image = ImageIO.read(new ByteArrayInputStream(entries.get("chart.png")));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isPositive();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("chart.svg")));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("Ключевые цифры");
        assertThat(new String(entries.get("chart.svg"), StandardCharsets.UTF_8)).contains("Доля " + EMBARGOED).contains("33,5 %");
        MockHttpServletResponse png = mvc.perform(get(kitPath + "/chart.png")).andReturn().getResponse();
        assertThat(ImageIO.read(new ByteArrayInputStream(png.getContentAsByteArray()))).isNotNull();
        MockHttpServletResponse svgFile = mvc.perform(get(kitPath + "/chart.svg")).andReturn().getResponse();
        assertThat(svgFile.getContentType()).startsWith("image/svg+xml");
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svgFile.getContentAsByteArray()));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private int status(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }
}
