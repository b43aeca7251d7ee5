package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;

/** PDF and DOCX exports of a brief: content in each language, embedded fonts, who may download, bad input. */
@KozomolTest
class BriefExportIT {

    static final String TITLE_RU = "Доступ к правосудию в Таласской области";
    static final String TITLE_KY = "Талас облусунда сот адилеттигине жетүү";
    // A Kyrgyz word with all three letters Russian lacks: ө, ң, ү.
    static final String KYRGYZ_WORD = "көңүл";
    static final java.util.concurrent.atomic.AtomicInteger BODIES = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    BriefWorld world;
    KozomolPrincipal focalPoint;
    Organisation ministry;
    Organisation mayor;

    @BeforeEach
    void setUp() {
        world = new BriefWorld(context);
        int n = BODIES.incrementAndGet();
        ministry = body("Министерство юстиции (тест " + n + ")", "Юстиция министрлиги (тест " + n + ")");
        mayor = body("Мэрия города Талас (тест " + n + ")", "Талас шаарынын мэриясы (тест " + n + ")");
        focalPoint = world.member(Role.STATE_FOCAL_POINT, ministry);
    }

    @Test
    void thePdfInRussianHasTheCoverTheRecommendationsTablePageNumbersAndEmbeddedFonts() throws Exception {
        Brief brief = briefWithEverything();
        List<Recommendation> released = List.of(recommendation(brief, "Создать бесплатную юридическую помощь в сёлах", true),
                recommendation(brief, "Опубликовать данные о сроках рассмотрения дел", true));
        Recommendation unsent = recommendation(brief, "Черновик, который ещё не отправлен", false);

        byte[] pdf = mvc.perform(get("/briefs/" + brief.id() + "/export.pdf").param("lang", "ru").with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"dostup-k-pravosudiyu-v-talasskoy-oblasti-ru-v1.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String cover = text(document, 1, 1);
            assertThat(cover).contains(TITLE_RU).contains(world.cso.nameRu()).contains("Тема " ).contains("Опубликована")
                    .contains("Версия 1 от").doesNotContain("стр.");
            String all = text(document, 1, pages);
            assertThat(all).contains("Краткое содержание").contains("Что показал мониторинг")
                    .contains("Проблема").contains("Методология").contains("Выборка по трём районам")
                    .contains("1. Суды далеко от сёл").contains("Ниже порога для решений")
                    .contains("Бакай-Ата 41").contains("«Я ездила в суд три раза»")
                    .contains("отчёт (https://example.org/report)")
                    .contains(released.get(0).reference()).contains(released.get(1).reference())
                    .contains("Создать бесплатную юридическую помощь в сёлах")
                    .contains(ministry.nameRu()).contains(mayor.nameRu())
                    .contains("Ведущий орган").contains("Ответ до")
                    .doesNotContain(unsent.reference())
                    .contains("стр. 2 из " + pages).contains("стр. " + pages + " из " + pages);
            assertEmbedsDejaVu(document);
        }
    }

    @Test
    void thePdfInKyrgyzKeepsKyrgyzLettersNamesTheBodiesInKyrgyzAndMarksTextOnlyInRussian() throws Exception {
        Brief brief = briefWithEverything();
        Recommendation released = recommendation(brief, "Айылдарда акысыз юридикалык жардам түзүү", true);

        byte[] pdf = mvc.perform(get("/briefs/" + brief.id() + "/export.pdf").param("lang", "ky").with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"talas-oblusunda-sot-adilettigine-zhetuu-ky-v1.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String all = text(document, 1, pages);
            assertThat(all).contains(TITLE_KY).contains(KYRGYZ_WORD).contains("Кыскача мазмуну").contains("Сунуштар")
                    .contains(released.reference()).contains("Айылдарда акысыз юридикалык жардам түзүү")
                    .contains(ministry.nameKy()).contains(mayor.nameKy())
                    .contains("Жооптуу орган").contains("Көмөктөшүүчү органдар")
                    // The problem exists only in Russian: shown, and marked as such.
                    .contains("Кыргыз тилиндеги текст жок").contains("Суды рассматривают дела месяцами")
                    .contains(pages + " беттин 2-бети");
            assertThat(text(document, 1, 1)).doesNotContain("беттин");
            assertEmbedsDejaVu(document);
        }
    }

    @Test
    void theDocxHasTheTitleRealHeadingsARecommendationsTableAndIntactKyrgyzLetters() throws Exception {
        Brief brief = briefWithEverything();
        Recommendation first = recommendation(brief, "Айылдарда акысыз юридикалык жардам түзүү", true);
        Recommendation second = recommendation(brief, "Иштердин мөөнөттөрү тууралуу маалыматты жарыялоо", true);

        byte[] docx = mvc.perform(get("/briefs/" + brief.id() + "/export.docx").param("lang", "ky").with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("-ky-v1.docx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Title");
                assertThat(p.getText()).isEqualTo(TITLE_KY);
            });
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .contains("Кыскача мазмуну", "Тыянактар", "Сунуштар", "Тиркемелер");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl()).isNotNull();
            String body = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains(KYRGYZ_WORD).contains("Кыргыз тилиндеги текст жок");

            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Шифр")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(first.reference());
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Айылдарда акысыз юридикалык жардам түзүү");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo(ministry.nameKy());
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo(mayor.nameKy());
            assertThat(table.getRow(1).getCell(5).getText()).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo(second.reference());

            String footer = document.getFooterList().stream().flatMap(f -> f.getParagraphs().stream())
                    .map(p -> p.getCTP().xmlText()).reduce("", String::concat);
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("беттин");
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().xmlText())
                    .contains("DejaVu Sans");
        }

        byte[] russian = mvc.perform(get("/briefs/" + brief.id() + "/export.docx").param("lang", "ru").with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(russian))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains(TITLE_RU, "Краткое содержание");
        }
    }

    @Test
    void aDraftsExportIsHiddenFromAnonymousVisitorsAndOtherOrganisations() throws Exception {
        Brief draft = world.draft("Черновик для выгрузки", "<p>Ещё пишется.</p>");
        KozomolPrincipal outsider = world.member(Role.RESEARCHER, world.fixtures.organisation(OrganisationKind.CSO));
        for (String format : List.of("pdf", "docx")) {
            String url = "/briefs/" + draft.id() + "/export." + format;
            mvc.perform(get(url).param("lang", "ru")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(url).param("lang", "ru").with(TestUsers.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(url).param("lang", "ru").with(TestUsers.as(focalPoint))).andExpect(status().isNotFound());
            mvc.perform(get(url).param("lang", "ky").with(TestUsers.as(world.researcher))).andExpect(status().isOk());
        }
        Brief published = world.published("Опубликованная для выгрузки", "<p>Готово.</p>");
        mvc.perform(get("/briefs/" + published.id() + "/export.pdf").param("lang", "ru"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/briefs/" + published.id() + "/export.pdf").param("lang", "ru").with(TestUsers.as(outsider)))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownLanguageOrVersionIsAClearErrorPageNotAServerError() throws Exception {
        Brief brief = world.published("Записка с ошибочным запросом", "<p>Текст.</p>");
        String url = "/briefs/" + brief.id() + "/export.pdf";
        mvc.perform(get(url).param("lang", "en").with(TestUsers.as(focalPoint)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("только на русском (lang=ru) или кыргызском (lang=ky) языке")));
        mvc.perform(get("/briefs/" + brief.id() + "/export.docx").param("lang", "<script>").with(TestUsers.as(focalPoint)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(url).param("lang", "ru").param("version", "abc").with(TestUsers.as(focalPoint)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(url).param("lang", "ru").param("version", "9").with(TestUsers.as(focalPoint)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEarlierPublishedVersionIsExportedAsItWas() throws Exception {
        Brief brief = world.published("Алименты: первая редакция", "<p>Выплаты получают редко.</p>");
        BriefWorld.as(world.researcher, () -> world.briefs.update(brief.id(), brief.version(), new BriefDraft(world.cso.id(),
                world.theme.id(), "ru", new Bilingual("Алименты: вторая редакция", null),
                new Bilingual("<p>Выплаты получают очень редко.</p>", null), Bilingual.EMPTY,
                new Methodology(Bilingual.EMPTY, null, null, null), List.of())));

        byte[] first = mvc.perform(get("/briefs/" + brief.id() + "/export.pdf").param("lang", "ru").param("version", "1")
                        .with(TestUsers.as(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("alimenty-pervaya-redaktsiya-ru-v1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(first)) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains("Алименты: первая редакция")
                    .contains("Выплаты получают редко.").doesNotContain("вторая");
        }
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(focalPoint)))
                .andExpect(content().string(containsString("/briefs/" + brief.id() + "/export.pdf?lang=ky")))
                .andExpect(content().string(containsString("/briefs/" + brief.id() + "/export.docx?lang=ru")));
        mvc.perform(get("/briefs/" + brief.id() + "/versions/1").with(TestUsers.as(focalPoint)))
                .andExpect(content().string(containsString("/briefs/" + brief.id() + "/export.docx?lang=ky&amp;version=1")));
    }

    /** A published brief in both languages, with rich text, a finding, three kinds of evidence and an annex-free tail. */
    private Brief briefWithEverything() {
        String summaryRu = """
                <h2>Что показал мониторинг</h2><p>Жители сёл <strong>редко</strong> обращаются в суд.</p>
                <ul><li>Суды далеко</li><li>Нет бесплатной помощи</li></ul>
                <p>Подробнее: <a href="https://example.org/report">отчёт</a>.</p>
                <table><thead><tr><th scope="col">Район</th><th scope="col">Доля, %</th></tr></thead>
                <tbody><tr><td>Бакай-Ата</td><td>41</td></tr></tbody></table>""";
        String summaryKy = "<p>Мониторинг айыл тургундарынын сотко " + KYRGYZ_WORD
                + " бурбай турганын көрсөттү: өтө алыс, үй-бүлөлөр жаңы жолдорду издешет.</p>";
        Brief draft = BriefWorld.as(world.researcher, () -> world.briefs.create(new BriefDraft(world.cso.id(), world.theme.id(),
                "ru", new Bilingual(TITLE_RU, TITLE_KY), new Bilingual(summaryRu, summaryKy),
                new Bilingual("<p>Суды рассматривают дела месяцами.</p>", null),
                new Methodology(new Bilingual("<p>Опрос и интервью.</p>", "<p>Сурамжылоо жана маек.</p>"),
                        "Мониторинг-2025", 400, "Выборка по трём районам"), List.of(world.researcher.id())),
                world.researcher, false));
        BriefWorld.as(world.researcher, () -> {
            Finding finding = world.findings.add(draft.id(), new FindingDraft(
                    new Bilingual("Суды далеко от сёл", "Соттор айылдардан алыс"),
                    new Bilingual("<p>Дорога занимает больше трёх часов.</p>", "<p>Жол үч сааттан ашык убакытты алат.</p>")));
            world.findings.attach(draft.id(), finding.id(), new NewEvidence(world.cso.id(), EvidenceKind.ESTIMATE,
                    "Доля жителей дальше 50 км от суда", "38%", null, null, "Опрос 2025",
                    new Precision(380, new BigDecimal("6.2"), new BigDecimal("1.4"))));
            world.findings.attach(draft.id(), finding.id(), new NewEvidence(world.cso.id(), EvidenceKind.TABLE,
                    "Расстояние до суда", "Район;Доля %\nБакай-Ата;41\nКара-Буура;35", null, null, null, null));
            world.findings.attach(draft.id(), finding.id(), new NewEvidence(world.cso.id(), EvidenceKind.QUOTE,
                    "Жительница села", "«Я ездила в суд три раза»", null, null, null, null));
            return null;
        });
        return world.publish(world.briefs.require(draft.id()));
    }

    private Recommendation recommendation(Brief brief, String text, boolean release) {
        Recommendations recommendations = context.getBean(Recommendations.class);
        boolean kyrgyz = text.contains("ү") || text.contains("ө");
        return BriefWorld.as(world.researcher, () -> {
            Recommendation created = recommendations.create(new RecommendationDraft(brief.id(), 1, world.cso.id(),
                    kyrgyz ? "Русский текст: " + text : text, kyrgyz ? text : null, "ru", world.theme.id(), ActionType.LAW,
                    Priority.HIGH, null, ministry.id(), List.of(mayor.id()), List.of()));
            return release ? recommendations.release(created.id(), created.version()) : created;
        });
    }

    private Organisation body(String nameRu, String nameKy) {
        return context.getBean(TransactionTemplate.class).execute(s -> context.getBean(Organisations.class).create(
                new OrganisationDraft(OrganisationKind.STATE_BODY, nameRu, nameKy, null, null,
                        null, null, null, true), false));
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    /** Every font on every page is a DejaVu Sans subset whose TrueType program is inside the file. */
    private static void assertEmbedsDejaVu(PDDocument document) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                PDFontDescriptor descriptor = font instanceof PDType0Font type0 ? type0.getDescendantFont().getFontDescriptor()
                        : font.getFontDescriptor();
                assertThat(descriptor.getFontFile2()).as("embedded program of %s", font.getName()).isNotNull();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
    }
}
