package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.jobs.JobStatus;
import kg.kozomol.jobs.JobView;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.imports.ImportResult;
import kg.kozomol.tracker.imports.RecommendationImport;

/**
 * Bulk import of recommendations through the pages: the validation pass reports every problem by row and column
 * and writes nothing; the import runs all or nothing; importing the same file again creates nothing.
 */
@KozomolTest
class RecommendationImportIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern FILE_ID = Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]{36})\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired RecommendationImport imports;
    @Autowired StoredFiles files;
    @Autowired Jobs jobs;

    TrackerScenario s;
    Theme theme;
    LocalDate today;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
        int n = SEQUENCE.incrementAndGet();
        theme = s.inTransaction(() -> context.getBean(Themes.class)
                .create(new ThemeDraft("import-" + n + "-" + System.nanoTime(), "Алименты " + n, "Алимент " + n, "Alimony " + n,
                        true), false));
        today = s.recommendations.today();
    }

    @Test
    void aCommaSeparatedFileIsCheckedThenImportedAsDraftsWithEveryField() throws Exception {
        Brief brief = brief();
        byte[] file = ImportFiles.csv(',', List.of(ImportFiles.CODES,
                row("", "Принять закон о взыскании алиментов, с реестром должников", "Алимент төлөөчүлөрдүн реестри", "ru",
                        theme.code(), "LAW", "HIGH", s.lead.nameRu(), s.supporting.nameRu() + ";" + s.third.id(), "16.3; 5.1",
                        today.plusYears(1).toString(), today.plusDays(45).toString()),
                row("", null, "Мектептерге пандустарды орнотуу", "кыргызча", "", "бюджет", "", Long.toString(s.lead.id()), "",
                        "", "", "")));

        String preview = upload(brief, "recommendations.csv", file);
        assertThat(preview).contains("Проверка пройдена").contains("Будет создано: 2, обновлено: 0, без изменений: 0.");
        assertThat(count(brief)).isZero();

        ImportResult result = confirm(brief, fileIdIn(preview));
        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        List<Recommendation> imported = s.recommendations.allOfBrief(brief.id());
        assertThat(imported).hasSize(2).allMatch(r -> !r.released() && r.organisationId() == s.cso.id());
        Recommendation law = imported.get(0);
        assertThat(law.textRu()).isEqualTo("Принять закон о взыскании алиментов, с реестром должников");
        assertThat(law.textKy()).isEqualTo("Алимент төлөөчүлөрдүн реестри");
        assertThat(law.themeId()).isEqualTo(theme.id());
        assertThat(law.actionType()).isEqualTo(ActionType.LAW);
        assertThat(law.priority()).isEqualTo(Priority.HIGH);
        assertThat(law.sdgCodes()).containsExactlyInAnyOrder("16.3", "5.1");
        assertThat(law.proposedImplementationDate()).isEqualTo(today.plusYears(1));
        assertThat(law.responseDueDate()).isEqualTo(today.plusDays(45));
        assertThat(law.reference()).matches("R" + s.cso.id() + "-\\d{4}-\\d{3}");
        assertThat(s.addressees.forRecommendation(law.id())).extracting(Addressee::organisationId, Addressee::lead)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.lead.id(), true),
                        org.assertj.core.groups.Tuple.tuple(s.supporting.id(), false),
                        org.assertj.core.groups.Tuple.tuple(s.third.id(), false));
        Recommendation ramps = imported.get(1);
        assertThat(ramps.originalLanguage()).isEqualTo("ky");
        assertThat(ramps.textRu()).isNull();
        assertThat(ramps.actionType()).isEqualTo(ActionType.BUDGET);
        assertThat(ramps.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(ramps.themeId()).isNull();
        assertThat(s.fixtures.count("select count(*) from audit_event where entity_type = 'recommendation' and action = 'CREATE'"
                + " and actor_id = " + s.researcher.id() + " and entity_id in ('" + law.id() + "', '" + ramps.id() + "')"))
                .isEqualTo(2);
        assertThat(uploadsKept()).isZero();

        // Released with the requested deadline rather than the default 30 days.
        s.signIn(s.researcher);
        s.recommendations.release(law.id(), law.version());
        assertThat(s.addressees.forRecommendation(law.id())).extracting(Addressee::dueDate).containsOnly(today.plusDays(45));
    }

    @Test
    void aSemicolonSeparatedWindows1251FileWithRussianHeadersAndDottedDatesImportsIntact() throws Exception {
        Brief brief = brief();
        LocalDate proposed = today.plusMonths(14);
        String text = "Ввести «единое окно»; приём заявлений —\nв том числе онлайн";
        byte[] file = ImportFiles.csv(';', CsvCharsets.WINDOWS_1251, false, List.of(
                List.of("Текст на русском", "Язык оригинала", "Вид мер", "Головной орган", "Приоритет",
                        "Предлагаемый срок исполнения", "Тема"),
                List.of(text, "русский", "институциональные меры", s.lead.nameRu(), "низкий",
                        proposed.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), theme.nameRu())));
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("Ввести");

        confirm(brief, fileIdIn(upload(brief, "рекомендации.csv", file)));
        Recommendation imported = s.recommendations.allOfBrief(brief.id()).get(0);
        assertThat(imported.textRu()).isEqualTo(text);
        assertThat(imported.actionType()).isEqualTo(ActionType.INSTITUTIONAL);
        assertThat(imported.priority()).isEqualTo(Priority.LOW);
        assertThat(imported.proposedImplementationDate()).isEqualTo(proposed);
        assertThat(imported.themeId()).isEqualTo(theme.id());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndTheDownloadedTemplateBothImport() throws Exception {
        Brief brief = brief();
        byte[] withBom = ImportFiles.csv(';', StandardCharsets.UTF_8, true, List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body"),
                List.of("Опубликовать данные о судебных приказах", "ru", "DATA", s.lead.nameRu())));
        confirm(brief, fileIdIn(upload(brief, "bom.csv", withBom)));
        assertThat(count(brief)).isEqualTo(1);

        for (String format : List.of("csv", "xlsx")) {
            MockHttpServletResponse template = mvc.perform(get("/briefs/" + brief.id() + "/recommendations/import/template")
                    .param("format", format).with(TestUsers.as(s.researcher))).andExpect(status().isOk()).andReturn().getResponse();
            byte[] bytes = template.getContentAsByteArray();
            if (format.equals("csv")) {
                String csv = new String(bytes, StandardCharsets.UTF_8);
                assertThat(csv).startsWith("\uFEFFНомер рекомендации (reference);Текст на русском (text_ru);");
            } else {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("Головной орган (lead_body)");
                    assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                }
            }
            // The example row is a valid recommendation; the second template's is the same text, so it matches the first.
            String preview = upload(brief, "template." + format, bytes);
            assertThat(preview).contains("Проверка пройдена");
            if (format.equals("csv")) {
                confirm(brief, fileIdIn(preview));
            } else {
                assertThat(preview).contains("Будет создано: 0, обновлено: 0, без изменений: 1.");
            }
        }
        assertThat(count(brief)).isEqualTo(2);
    }

    @Test
    void anXlsxWorkbookWithDateNumberAndFormulaCellsImportsAndTheFormulaStaysText() throws Exception {
        Brief brief = brief();
        LocalDate proposed = today.plusYears(2);
        byte[] file = ImportFiles.xlsx(List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body", "supporting_bodies", "proposed_implementation_date",
                        "sdg"),
                List.of("=HYPERLINK(\"http://example.invalid\",\"нажмите\")", "ru", "POLICY", s.lead.id(), s.supporting.nameRu(),
                        proposed, 16L),
                List.of("@SUM(1+1) и обычный текст", "ru", "PRACTICE", s.lead.nameRu(), "", "", "")));

        String preview = upload(brief, "recommendations.xlsx", file);
        assertThat(preview).contains("Будет создано: 2");
        confirm(brief, fileIdIn(preview));
        List<Recommendation> imported = s.recommendations.allOfBrief(brief.id());
        assertThat(imported).extracting(Recommendation::textRu)
                .containsExactly("=HYPERLINK(\"http://example.invalid\",\"нажмите\")", "@SUM(1+1) и обычный текст");
        assertThat(imported.get(0).proposedImplementationDate()).isEqualTo(proposed);
        assertThat(imported.get(0).sdgCodes()).containsExactly("16");
        assertThat(s.addressees.forRecommendation(imported.get(0).id())).extracting(Addressee::organisationId)
                .containsExactly(s.lead.id(), s.supporting.id());
    }

    @Test
    void importingTheSameFileTwiceCreatesNothingTheSecondTime() throws Exception {
        Brief brief = brief();
        List<List<String>> rows = List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body", "sdg"),
                List.of("Первая рекомендация", "ru", "LAW", s.lead.nameRu(), "16.3"),
                List.of("Вторая  рекомендация ", "ru", "BYLAW", s.supporting.nameRu(), ""));
        byte[] csv = ImportFiles.csv(',', rows);
        confirm(brief, fileIdIn(upload(brief, "once.csv", csv)));
        long audited = auditEvents();

        String again = upload(brief, "once.csv", csv);
        assertThat(again).contains("Будет создано: 0, обновлено: 0, без изменений: 2.")
                .contains("импортировать нечего").doesNotContain("name=\"fileId\"");
        byte[] xlsx = ImportFiles.xlsx(rows.stream().map(r -> List.<Object>copyOf(r)).toList());
        assertThat(upload(brief, "once.xlsx", xlsx)).contains("Будет создано: 0, обновлено: 0, без изменений: 2.");
        assertThat(count(brief)).isEqualTo(2);
        assertThat(auditEvents()).isEqualTo(audited);
        assertThat(uploadsKept()).isZero();
    }

    @Test
    void aReferenceUpdatesItsRecommendationAndAReleasedOneKeepsItsAddresseesAndDeadline() throws Exception {
        Brief brief = brief();
        confirm(brief, fileIdIn(upload(brief, "first.csv", ImportFiles.csv(',', List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body", "priority"),
                List.of("Черновик", "ru", "LAW", s.lead.nameRu(), "LOW"),
                List.of("Направленная", "ru", "LAW", s.lead.nameRu(), "LOW"))))));
        List<Recommendation> saved = s.recommendations.allOfBrief(brief.id());
        Recommendation draft = saved.get(0);
        s.signIn(s.researcher);
        Recommendation released = s.recommendations.release(saved.get(1).id(), saved.get(1).version());

        // Text and priority change; the texts change on the released one too, recorded in the audit log as in the form.
        String preview = upload(brief, "update.csv", ImportFiles.csv(';', List.of(
                List.of("reference", "text_ru", "original_language", "action_type", "lead_body", "priority"),
                List.of(draft.reference().toLowerCase(), "Черновик, исправленный", "ru", "LAW", s.supporting.nameRu(), "HIGH"),
                List.of(released.reference(), "Направленная, уточнённая", "ru", "LAW", s.lead.nameRu(), "LOW"))));
        assertThat(preview).contains("Будет создано: 0, обновлено: 2, без изменений: 0.");
        confirm(brief, fileIdIn(preview));
        Recommendation updatedDraft = s.recommendations.require(draft.id());
        assertThat(updatedDraft.textRu()).isEqualTo("Черновик, исправленный");
        assertThat(updatedDraft.priority()).isEqualTo(Priority.HIGH);
        assertThat(updatedDraft.version()).isEqualTo(draft.version() + 1);
        assertThat(s.addressees.forRecommendation(draft.id())).extracting(Addressee::organisationId).containsExactly(s.supporting.id());
        assertThat(s.recommendations.require(released.id()).textRu()).isEqualTo("Направленная, уточнённая");
        assertThat(s.fixtures.count("select count(*) from audit_event where entity_type = 'recommendation' and action = 'UPDATE'"
                + " and entity_id = '" + released.id() + "' and before_state->>'textRu' = 'Направленная'"
                + " and after_state->>'textRu' = 'Направленная, уточнённая'")).isEqualTo(1);

        // A released recommendation keeps its bodies and its deadline.
        String refused = upload(brief, "addressees.csv", ImportFiles.csv(',', List.of(
                List.of("reference", "text_ru", "original_language", "action_type", "lead_body", "supporting_bodies",
                        "response_due_date"),
                List.of(released.reference(), "Направленная, уточнённая", "ru", "LAW", s.supporting.nameRu(), "", ""))));
        assertThat(refused).contains("Строка 2, lead_body: рекомендация " + released.reference()
                + " уже направлена: адресатов менять нельзя");
        String deadline = upload(brief, "deadline.csv", ImportFiles.csv(',', List.of(
                List.of("reference", "text_ru", "original_language", "action_type", "lead_body", "response_due_date"),
                List.of(released.reference(), "Направленная, уточнённая", "ru", "LAW", s.lead.nameRu(),
                        today.plusDays(90).toString()))));
        assertThat(deadline).contains("Строка 2, response_due_date: рекомендация " + released.reference() + " уже направлена");
        assertThat(s.addressees.forRecommendation(released.id())).extracting(Addressee::organisationId).containsExactly(s.lead.id());
    }

    @Test
    void referencesOfAnotherOrganisationOrBriefAndDuplicatesAreRowErrors() throws Exception {
        Brief brief = brief();
        Brief other = brief();
        s.signIn(s.researcher);
        Recommendation inOtherBrief = s.recommendations.create(s.draftIn(other.id()));
        TrackerScenario stranger = new TrackerScenario(context);
        stranger.signIn(stranger.researcher);
        Recommendation ofStranger = stranger.recommendations.create(stranger.draft(1));
        s.signIn(s.researcher);
        Recommendation own = s.recommendations.create(s.draftIn(brief.id()));

        String page = upload(brief, "refs.csv", ImportFiles.csv(',', List.of(
                List.of("reference", "text_ru", "original_language", "action_type", "lead_body"),
                List.of(inOtherBrief.reference(), "a", "ru", "LAW", s.lead.nameRu()),
                List.of(ofStranger.reference(), "b", "ru", "LAW", s.lead.nameRu()),
                List.of(own.reference(), "c", "ru", "LAW", s.lead.nameRu()),
                List.of(own.reference(), "d", "ru", "LAW", s.lead.nameRu()),
                List.of("", "c", "ru", "LAW", s.lead.nameRu()),
                List.of("", "Новая", "ru", "LAW", s.lead.nameRu()),
                List.of("", "Новая", "ru", "LAW", s.lead.nameRu()))));
        assertThat(page).contains("Файл не импортирован. Ошибок: 4")
                .contains("Строка 2, reference: рекомендация " + inOtherBrief.reference() + " относится к другой записке (№ "
                        + other.id() + ")")
                .contains("Строка 3, reference: у вашей организации нет рекомендации с номером " + ofStranger.reference())
                .contains("Строка 5, reference: номер " + own.reference() + " уже встречается в строке 4")
                .contains("Строка 8, text_ru: такой же текст уже есть в строке 7");
        assertThat(s.recommendations.require(own.id()).textRu()).isEqualTo(own.textRu());
        assertThat(count(brief)).isEqualTo(1);
    }

    @Test
    void badCellsAreReportedWithTheirRowAndColumnAndNothingIsWritten() throws Exception {
        Brief brief = brief();
        String tooLong = "д".repeat(10_001);
        String page = upload(brief, "bad.csv", ImportFiles.csv(',', List.of(ImportFiles.CODES,
                row("", "Хорошая строка", "", "ru", theme.code(), "LAW", "HIGH", s.lead.nameRu(), "", "", "", ""),
                row("", "Тема", "", "ru", "нет-такой-темы", "LAW", "", s.lead.nameRu(), "", "", "", ""),
                row("", "Орган", "", "ru", "", "LAW", "", "Министерство магии", "", "", "", ""),
                row("", "ЦУР", "", "ru", "", "LAW", "", s.lead.nameRu(), "", "16.3;99.9", "", ""),
                row("", "Порядок", "", "ru", "", "LAW", "", s.lead.nameRu(), "", "", today.plusDays(40).toString(),
                        today.plusDays(60).toString()),
                row("", "Формат", "", "ru", "", "LAW", "", s.lead.nameRu(), "", "", "31.02.2027", ""),
                row("", "Прошлое", "", "ru", "", "LAW", "", s.lead.nameRu(), "", "", "", today.toString()),
                row("", tooLong, "", "ru", "", "LAW", "", s.lead.nameRu(), "", "", "", ""),
                row("", "", "Кыргызча гана", "ru", "", "LAW", "", s.lead.nameRu(), "", "", "", ""),
                row("", "Без вида", "", "en", "", "", "urgent", s.cso.nameRu(), "", "", "", ""))));
        assertThat(page).contains("Файл не импортирован. Ошибок: 12")
                .contains("Строка 3, theme: нет темы «нет-такой-темы»")
                .contains("Строка 4, lead_body: нет государственного органа «Министерство магии»")
                .contains("Строка 5, sdg: нет задачи ЦУР «99.9»")
                .contains("Строка 6, proposed_implementation_date: срок исполнения " + today.plusDays(40) + " раньше срока ответа "
                        + today.plusDays(60))
                .contains("Строка 7, proposed_implementation_date: «31.02.2027» — не дата")
                .contains("Строка 8, response_due_date: срок ответа " + today + " должен быть позже сегодняшнего дня")
                .contains("Строка 9, text_ru: текст длиннее 10000 знаков (10001)")
                .contains("Строка 10, text_ru: нет текста на языке оригинала")
                .contains("Строка 11, original_language: «en» — не язык оригинала")
                .contains("Строка 11, action_type: значение обязательно")
                .contains("Строка 11, priority: неизвестный приоритет «urgent»")
                // a CSO is not a state body, so it is not found among them
                .contains("Строка 11, lead_body: нет государственного органа «" + s.cso.nameRu() + "»")
                .doesNotContain("Строка 2,").doesNotContain("name=\"fileId\"");
        assertThat(count(brief)).isZero();
        assertThat(uploadsKept()).isZero();
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        Brief brief = brief();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertThat(upload(brief, "recommendations.csv", png)).contains("Этот тип файла (image/png) здесь не принимается.");
        assertThat(upload(brief, "empty.csv", new byte[0])).contains("Файл пустой.");
        assertThat(upload(brief, "header-only.csv", ImportFiles.csv(',', List.of(ImportFiles.CODES))))
                .contains("В файле нет строк с рекомендациями под заголовком.");
        assertThat(upload(brief, "columns.csv", ImportFiles.csv(';', List.of(List.of("text_ru", "тема", "notes"),
                List.of("Текст", "x", "y")))))
                .contains("Строка 1: неизвестный столбец «notes» — переименуйте или удалите его")
                .contains("В файле нет обязательных столбцов: original_language, action_type, lead_body.");
        assertThat(upload(brief, "quote.csv", "text_ru,original_language,action_type,lead_body\r\n\"Открытая кавычка,ru,LAW,x\r\n"
                .getBytes(StandardCharsets.UTF_8))).contains("Файл не читается как CSV");
        assertThat(upload(brief, "bomb.xlsx", ImportFiles.zipBomb()))
                .contains("Файл XLSX распаковывается в недопустимо большой объём и отклонён.");
        assertThat(count(brief)).isZero();
        assertThat(uploadsKept()).isZero();

        mvc.perform(multipart("/briefs/" + brief.id() + "/recommendations/import").with(csrf()).with(TestUsers.as(s.researcher)))
                .andExpect(status().isOk());
    }

    @Test
    void theImportRunsAllOrNothingAndChecksAgainWhenConfirmed() throws Exception {
        Brief brief = brief();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("text_ru", "original_language", "action_type", "lead_body"));
        for (int i = 1; i <= 5; i++) {
            rows.add(List.of("Рекомендация " + i, "ru", "LAW", s.lead.nameRu()));
        }
        String fileId = fileIdIn(upload(brief, "five.csv", ImportFiles.csv(',', rows)));
        var file = files.find(UUID.fromString(fileId)).orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        s.signIn(s.researcher);
        assertThatThrownBy(() -> imports.apply(brief, file, (done, total) -> {
            if (calls.incrementAndGet() == 4) {
                throw new IllegalStateException("node lost");
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(brief)).isZero();

        // Between the preview and the confirmation the brief is withdrawn: the second pass refuses.
        s.inTransaction(() -> {
            Briefs briefs = context.getBean(Briefs.class);
            Brief published = briefs.require(brief.id());
            return briefs.move(published.id(), published.version(), BriefStatus.WITHDRAWN);
        });
        String page = mvc.perform(post("/briefs/" + brief.id() + "/recommendations/import/confirm").with(csrf())
                        .with(TestUsers.as(s.researcher)).param("fileId", fileId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Записка отозвана: импортировать в неё рекомендации нельзя.");
        assertThat(count(brief)).isZero();
        mvc.perform(post("/briefs/" + brief.id() + "/recommendations/import/confirm").with(csrf())
                        .with(TestUsers.as(s.researcher)).param("fileId", UUID.randomUUID().toString()))
                .andExpect(status().isOk());
    }

    @Test
    void theSameUploadConfirmedTwiceAtOnceIsImportedOnce() throws Exception {
        Brief brief = brief();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("text_ru", "original_language", "action_type", "lead_body"));
        for (int i = 1; i <= 30; i++) {
            rows.add(List.of("Двойное подтверждение " + i, "ru", "LAW", s.lead.nameRu()));
        }
        var file = files.find(UUID.fromString(fileIdIn(upload(brief, "twice.csv", ImportFiles.csv(',', rows))))).orElseThrow();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    s.signIn(s.researcher);
                    try {
                        return imports.apply(brief, file, (done, total) -> { });
                    } catch (kg.kozomol.tracker.imports.ImportRefusedException e) {
                        return e.check().problems().get(0).messageKey();
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).contains(new ImportResult(30, 0, 0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(brief)).isEqualTo(30);
    }

    @Test
    void aLargeImportRunsAsABackgroundJobWithProgressActingAsTheUser() throws Exception {
        Brief brief = brief();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("text_ru", "original_language", "action_type", "lead_body", "supporting_bodies", "sdg"));
        for (int i = 1; i <= 201; i++) {
            rows.add(List.of("Рекомендация для фоновой задачи № " + i, "ru", "DATA", s.lead.nameRu(), s.supporting.nameRu(), "16.6"));
        }
        String fileId = fileIdIn(upload(brief, "many.csv", ImportFiles.csv(';', rows)));
        String location = mvc.perform(post("/briefs/" + brief.id() + "/recommendations/import/confirm").with(csrf())
                        .with(TestUsers.as(s.researcher)).param("fileId", fileId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        UUID jobId = UUID.fromString(location.substring("/jobs/".length()));
        JobView job = awaitJob(jobId);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.progressDone()).isEqualTo(201);
        assertThat(job.progressTotal()).isEqualTo(201);
        assertThat(count(brief)).isEqualTo(201);
        assertThat(s.fixtures.count("select count(*) from audit_event a join recommendation r on a.entity_id = r.id::text"
                + " where a.entity_type = 'recommendation' and a.actor_id = " + s.researcher.id() + " and r.brief_id = " + brief.id()))
                .isEqualTo(201);
        assertThat(uploadsKept()).isZero();
    }

    @Test
    void onlyTheBriefsOrganisationEditorsAndAdminsMayImport() throws Exception {
        Brief brief = brief();
        String page = "/briefs/" + brief.id() + "/recommendations/import";
        mvc.perform(get(page).with(TestUsers.as(s.researcher))).andExpect(status().isOk());
        KozomolPrincipal orgCoordinator = TrackerScenario.principal(s.fixtures.user(Role.COORDINATOR, s.cso), s.cso, Role.COORDINATOR);
        mvc.perform(get(page).with(TestUsers.as(orgCoordinator))).andExpect(status().isOk());
        mvc.perform(get(page).with(TestUsers.as(Role.ADMIN))).andExpect(status().isOk());
        // Others may read the published brief but not import into it.
        mvc.perform(get(page).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isForbidden());
        var otherCso = s.fixtures.organisation(OrganisationKind.CSO);
        KozomolPrincipal stranger = TrackerScenario.principal(s.fixtures.user(Role.RESEARCHER, otherCso), otherCso, Role.RESEARCHER);
        mvc.perform(get(page).with(TestUsers.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(multipart(page).file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes())).with(csrf())
                .with(TestUsers.as(stranger))).andExpect(status().isForbidden());
        KozomolPrincipal monitor = new KozomolPrincipal(s.researcher.id(), "m@test.kozomol.kg", "M", null, true, null,
                List.of(new Membership(s.cso.id(), Role.FIELD_MONITOR)), "ru");
        mvc.perform(get(page).with(TestUsers.as(monitor))).andExpect(status().isForbidden());

        // Someone else's upload cannot be confirmed.
        String fileId = fileIdIn(upload(brief, "mine.csv", ImportFiles.csv(',', List.of(
                List.of("text_ru", "original_language", "action_type", "lead_body"), List.of("Моя", "ru", "LAW", s.lead.nameRu())))));
        String refused = mvc.perform(post(page + "/confirm").with(csrf()).with(TestUsers.as(orgCoordinator)).param("fileId", fileId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Загруженного файла больше нет.");
        assertThat(count(brief)).isZero();
    }

    /** A published brief: its recommendations can be released to the bodies. */
    private Brief brief() {
        return s.inTransaction(() -> {
            s.signIn(s.researcher);
            Briefs briefs = context.getBean(Briefs.class);
            Brief draft = briefs.create(new BriefDraft(s.cso.id(), theme.id(), "ru",
                    new Bilingual("Записка для импорта " + SEQUENCE.incrementAndGet(), null), new Bilingual("<p>Кратко</p>", null),
                    Bilingual.EMPTY, new Methodology(Bilingual.EMPTY, null, null, null), List.of()), s.researcher, false);
            Brief reviewed = briefs.move(draft.id(), draft.version(), BriefStatus.INTERNAL_REVIEW);
            return briefs.move(reviewed.id(), reviewed.version(), BriefStatus.PUBLISHED);
        });
    }

    private String upload(Brief brief, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/briefs/" + brief.id() + "/recommendations/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf()).with(TestUsers.as(s.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private ImportResult confirm(Brief brief, String fileId) throws Exception {
        var result = mvc.perform(post("/briefs/" + brief.id() + "/recommendations/import/confirm").with(csrf())
                        .with(TestUsers.as(s.researcher)).param("fileId", fileId))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/briefs/" + brief.id() + "/recommendations/import");
        return (ImportResult) result.getFlashMap().get("result");
    }

    private static String fileIdIn(String page) {
        Matcher matcher = FILE_ID.matcher(page);
        assertThat(matcher.find()).as("a confirmation form in the preview:\n%s", page).isTrue();
        return matcher.group(1);
    }

    private long count(Brief brief) {
        return s.fixtures.count("select count(*) from recommendation where brief_id = " + brief.id());
    }

    private long uploadsKept() {
        return s.fixtures.count("select count(*) from stored_file where purpose = '" + RecommendationImport.PURPOSE + "'"
                + " and uploaded_by = " + s.researcher.id());
    }

    private long auditEvents() {
        return s.fixtures.count("select count(*) from audit_event where entity_type in ('recommendation', 'addressee')");
    }

    private JobView awaitJob(UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JobView job = jobs.find(id).orElseThrow();
            if (!job.active()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** cp1251, as Excel saves "CSV (разделители — запятые)" on a Russian Windows. */
    private static final class CsvCharsets {
        static final java.nio.charset.Charset WINDOWS_1251 = java.nio.charset.Charset.forName("windows-1251");
    }
}
