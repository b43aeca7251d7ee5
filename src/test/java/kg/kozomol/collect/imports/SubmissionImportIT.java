package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.collect.review.StoredAnswers;
import kg.kozomol.jobs.JobStatus;
import kg.kozomol.jobs.JobView;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.i18n.KozomolLocaleResolver;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.ImportFiles;

/**
 * KoboToolbox- and ODK Central-shaped exports become submissions: checked first (problems by row and column, nothing
 * stored), then imported all at once; importing the same file again adds nothing.
 */
@KozomolTest
class SubmissionImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final List<String> KOBO_HEADER = List.of("start", "school", "entrance/width", "entrance/ramp", "entrance/features",
            "entrance/features/rail", "entrance/features/sign", "entrance/features/light", "_id", "_uuid", "_submission_time",
            "_index");
    static final String UUID_1 = "1b2c3d4e-0000-4000-8000-000000000001";
    static final String UUID_2 = "1b2c3d4e-0000-4000-8000-000000000002";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired Jobs jobs;

    CollectWorld world;
    CollectForm form;

    @BeforeEach
    void form() {
        world = new CollectWorld(context);
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)");
        f.row("survey", "text", "school", "Школа", "Мектеп");
        f.row("survey", "begin group", "entrance", "Вход", "Кире бериш");
        f.row("survey", "integer", "width", "Ширина, см", "Туурасы, см");
        f.row("survey", "select_one yes_no", "ramp", "Пандус?", "Пандус барбы?");
        f.row("survey", "select_multiple features", "features", "Что есть", "Эмне бар");
        f.row("survey", "end group");
        f.row("survey", "begin repeat", "room", "Кабинет", "Класс");
        f.row("survey", "text", "room_name", "Название", "Аталышы");
        f.row("survey", "end repeat");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)");
        f.row("choices", "yes_no", "yes", "Да", "Ооба");
        f.row("choices", "yes_no", "no", "Нет", "Жок");
        f.row("choices", "features", "rail", "Поручни", "Тутамдар");
        f.row("choices", "features", "sign", "Знак", "Белги");
        f.row("choices", "features", "light", "Свет", "Жарык");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "import_test", "Школы", "1");
        assertThat(forms.upload(world.study.id(), "import.xlsx", f.bytes(), world.researcher).valid()).isTrue();
        form = forms.byXmlFormId(world.study.id(), "import_test").orElseThrow();
    }

    @Test
    void aKoboCsvIsCheckedImportedAndImportedAgainWithoutDuplicates() throws Exception {
        byte[] csv = ImportFiles.csv(',', List.of(KOBO_HEADER,
                List.of("2026-03-01", "Школа №1, Каракол", "90", "yes", "rail sign", "1", "1", "0", "1", UUID_1, "2026-03-01", "1"),
                List.of("2026-03-02", "Гимназия", "75", "no", "", "0", "0", "1", "2", UUID_2, "2026-03-02", "2")));
        String page = check(csv, "kobo.csv", "text/csv", false);
        assertThat(page).contains("Строк: 2. Новых анкет: 2, уже есть в системе: 0");
        confirm(page, false);
        assertThat(submissions()).isEqualTo(2);
        String xml = xml("uuid:" + UUID_1);
        assertThat(xml).contains("<school>Школа №1, Каракол</school>", "<entrance><width>90</width><ramp>yes</ramp>",
                "<features>rail sign</features>", "<instanceID>uuid:" + UUID_1 + "</instanceID>");
        // an empty single column: the 0/1 columns say what was chosen
        assertThat(xml("uuid:" + UUID_2)).contains("<features>light</features>");
        // one audit entry for the import, naming the file and its counts; each submission names the import
        assertThat(world.fixtures.jdbc().sql("""
                select e.after_state ->> 'fileName' || ' ' || (e.after_state ->> 'added') || ' ' || coalesce(e.actor_email, '?')
                from audit_event e join collect_import i on e.entity_type = 'collect_import' and e.entity_id = i.id::text
                where i.form_id = :f""").param("f", form.id()).query(String.class).list())
                .containsExactly("kobo.csv 2 " + world.researcher.email());
        assertThat(world.fixtures.count("select count(*) from collect_submission s join collect_import i on i.id = s.import_id"
                + " where s.form_id = " + form.id())).isEqualTo(2);
        long id = world.fixtures.count("select id from collect_submission where form_id = " + form.id() + " and instance_id = 'uuid:" + UUID_1 + "'");
        assertThat(mvc.perform(get("/collect/submissions/" + id).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Создана", "Импортом файла «kobo.csv», " + world.researcherAccount.fullName());

        String again = check(csv, "kobo.csv", "text/csv", false);
        assertThat(again).contains("Новых анкет: 0, уже есть в системе: 2").contains("импортировать нечего");
        assertThat(submissions()).isEqualTo(2);
    }

    @Test
    void rowsRepeatingAnInstanceIdOfTheFileAreCountedAlikeByTheCheckAndTheImport() throws Exception {
        String uuid3 = "1b2c3d4e-0000-4000-8000-000000000003";
        List<String> header = List.of("school", "entrance/width", "_uuid");
        confirm(check(ImportFiles.csv(',', List.of(header, List.of("Е", "70", uuid3))), "first.csv", "text/csv", false), false);
        byte[] csv = ImportFiles.csv(',', List.of(header, List.of("А", "90", UUID_1), List.of("Б", "91", UUID_1),
                List.of("В", "92", UUID_2), List.of("Г", "93", UUID_2), List.of("Е", "70", uuid3)));

        String page = check(csv, "twice.csv", "text/csv", false);
        assertThat(page).contains("Строк: 5. Новых анкет: 2, уже есть в системе: 1")
                .contains("Строк, повторяющих идентификатор экземпляра (instanceID) из более ранней строки файла: 2. "
                        + "Они будут пропущены, сохранится первая строка. Номера строк: 3, 5.");
        Matcher fileId = Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]+)\"").matcher(page);
        assertThat(fileId.find()).isTrue();
        ImportReport result = (ImportReport) mvc.perform(post("/collect/forms/" + form.id() + "/import/confirm")
                        .param("fileId", fileId.group(1)).with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("result");
        assertThat(List.of(result.rows(), result.added(), result.present(), result.repeated())).as("the import's own counts")
                .containsExactly(5L, 2L, 1L, 2L);
        assertThat(result.repeatedRows()).containsExactly(3L, 5L);
        assertThat(submissions()).isEqualTo(3);
        assertThat(xml("uuid:" + UUID_1)).as("the first row wins").contains("<school>А</school>");

        String english = mvc.perform(multipart("/collect/forms/" + form.id() + "/import")
                        .file(new MockMultipartFile("file", "twice.csv", "text/csv", csv)).cookie(new Cookie(KozomolLocaleResolver.COOKIE, "en"))
                        .with(csrf()).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("2 rows repeat an instance id (instanceID) of an earlier row in the file; they will be skipped "
                + "and the first row kept. Rows: 3, 5.");
    }

    @Test
    void splitSelectMultipleColumnsAloneMakeTheAnswer() throws Exception {
        byte[] csv = ImportFiles.csv(',', List.of(
                List.of("school", "entrance/features/rail", "entrance/features/sign", "entrance/features/light", "_uuid"),
                List.of("Школа", "1", "0", "1", UUID_1)));
        confirm(check(csv, "split.csv", "text/csv", false), false);
        assertThat(xml("uuid:" + UUID_1)).contains("<features>rail light</features>");
    }

    @Test
    void anOdkCentralCsvInWindows1251WithSemicolonsIsImported() throws Exception {
        byte[] csv = ImportFiles.csv(';', CP1251, false, List.of(
                List.of("SubmissionDate", "school", "entrance-width", "entrance-ramp", "entrance-features", "meta-instanceID", "KEY",
                        "SubmitterName", "ReviewState"),
                List.of("2026-03-01T10:00:00.000Z", "Школа; Каракол", "80", "yes", "light", "uuid:" + UUID_1, "uuid:" + UUID_1,
                        "Айгуль", "")));
        confirm(check(csv, "odk.csv", "text/csv", false), false);
        assertThat(xml("uuid:" + UUID_1)).contains("<school>Школа; Каракол</school>", "<width>80</width>",
                "<features>light</features>");
    }

    @Test
    void aFullyQuotedCsvWithAByteOrderMarkIsImported() throws Exception {
        String text = "\uFEFF\"school\";\"entrance/ramp\";\"meta/instanceID\"\r\n\"Мектеп \"\"Айчүрөк\"\"\";\"no\";\"uuid:" + UUID_2 + "\"\r\n";
        confirm(check(text.getBytes(StandardCharsets.UTF_8), "quoted.csv", "text/csv", false), false);
        assertThat(xml("uuid:" + UUID_2)).contains("<school>Мектеп \"Айчүрөк\"</school>", "<ramp>no</ramp>");
    }

    @Test
    void aKoboXlsxWithARepeatSheetLinksEntriesToTheirSubmission() throws Exception {
        XlsFormFixture x = new XlsFormFixture();
        x.sheet("Школы", "school", "entrance/ramp", "_uuid", "_index");
        x.row("Школы", "Школа 1", "yes", UUID_1, "1");
        x.row("Школы", "Школа 2", "no", UUID_2, "2");
        x.sheet("room", "room/room_name", "_index", "_parent_index", "_parent_table_name", "_submission__uuid");
        x.row("room", "1А", "1", "1", "Школы", UUID_1);
        x.row("room", "1Б", "2", "1", "Школы", UUID_1);
        x.row("room", "Спортзал", "3", "2", "Школы", UUID_2);
        confirm(check(x.bytes(), "kobo.xlsx", XLSX, false), false);
        assertThat(xml("uuid:" + UUID_1)).contains("<room><room_name>1А</room_name></room><room><room_name>1Б</room_name></room>");
        assertThat(xml("uuid:" + UUID_2)).contains("<room><room_name>Спортзал</room_name></room>").doesNotContain("1А");
    }

    @Test
    void anOdkCentralWorkbookWithNestedRepeatsPutsEachMemberInItsHousehold() throws Exception {
        useNestedForm();
        XlsFormFixture x = new XlsFormFixture();
        x.sheet("nested_test", "village", "meta-instanceID", "KEY");
        x.row("nested_test", "Ак-Суу", "uuid:" + UUID_1, "uuid:" + UUID_1);
        // the member sheet comes before its household sheet: the order of sheets does not matter
        x.sheet("member", "household-member-member_name", "PARENT_KEY", "KEY");
        x.row("member", "Айгуль", "uuid:" + UUID_1 + "/household[1]", "uuid:" + UUID_1 + "/household[1]/member[1]");
        x.row("member", "Бакыт", "uuid:" + UUID_1 + "/household[2]", "uuid:" + UUID_1 + "/household[2]/member[1]");
        x.row("member", "Нурлан", "uuid:" + UUID_1 + "/household[1]", "uuid:" + UUID_1 + "/household[1]/member[2]");
        x.sheet("household", "household-head", "PARENT_KEY", "KEY");
        x.row("household", "Асанова", "uuid:" + UUID_1, "uuid:" + UUID_1 + "/household[1]");
        x.row("household", "Токтогулов", "uuid:" + UUID_1, "uuid:" + UUID_1 + "/household[2]");
        confirm(check(x.bytes(), "odk.xlsx", XLSX, false), false);
        assertThat(xml("uuid:" + UUID_1)).contains("<household><head>Асанова</head><member><member_name>Айгуль</member_name>"
                + "</member><member><member_name>Нурлан</member_name></member></household>"
                + "<household><head>Токтогулов</head><member><member_name>Бакыт</member_name></member></household>");
    }

    @Test
    void aKoboWorkbookWithNestedRepeatsLinksByIndexWithinEachSheet() throws Exception {
        useNestedForm();
        XlsFormFixture x = new XlsFormFixture();
        x.sheet("Данные", "village", "_uuid", "_index");
        x.row("Данные", "Ак-Суу", UUID_1, "1");
        x.row("Данные", "Кара-Кол", UUID_2, "2");
        x.sheet("household", "household/head", "_index", "_parent_index", "_parent_table_name");
        x.row("household", "Асанова", "1", "1", "Данные");
        x.row("household", "Токтогулов", "2", "2", "Данные");
        x.sheet("member", "household/member/member_name", "_index", "_parent_index", "_parent_table_name");
        x.row("member", "Айгуль", "1", "1", "household");
        x.row("member", "Бакыт", "2", "2", "household");
        confirm(check(x.bytes(), "kobo.xlsx", XLSX, false), false);
        assertThat(xml("uuid:" + UUID_1)).contains("<head>Асанова</head><member><member_name>Айгуль</member_name></member>")
                .doesNotContain("Бакыт");
        assertThat(xml("uuid:" + UUID_2)).contains("<head>Токтогулов</head><member><member_name>Бакыт</member_name></member>");
    }

    @Test
    void aRepeatEntryWhoseParentRowIsMissingIsReportedAndNothingIsStored() throws Exception {
        useNestedForm();
        XlsFormFixture x = new XlsFormFixture();
        x.sheet("Данные", "village", "_uuid", "_index");
        x.row("Данные", "Ак-Суу", UUID_1, "1");
        x.sheet("household", "household/head", "_index", "_parent_index");
        x.row("household", "Асанова", "1", "1");
        x.row("household", "Сыдыкова", "2", "7");
        x.sheet("member", "household/member/member_name", "_index", "_parent_index");
        x.row("member", "Айгуль", "1", "5");
        String page = check(x.bytes(), "kobo.xlsx", XLSX, false);
        assertThat(page).contains("Файл не импортирован: найдено ошибок — 2")
                .contains("Строка 3: Строки, к которой относится эта запись повтора (7), нет в файле.")
                .contains("Строка 2: Строки, к которой относится эта запись повтора (5), нет в файле.")
                .doesNotContain("name=\"fileId\"");
        assertThat(submissions()).isZero();
    }

    @Test
    void aBadRowIsReportedByNumberAndColumnAndNothingIsStored() throws Exception {
        byte[] csv = ImportFiles.csv(',', List.of(List.of("school", "entrance/width", "entrance/ramp", "colour", "_uuid"),
                List.of("Школа 1", "90", "yes", "", UUID_1),
                List.of("Школа 2", "широкая", "maybe", "", UUID_2),
                List.of("Школа 3", "70", "no", "", "")));
        String page = check(csv, "bad.csv", "text/csv", false);
        assertThat(page).contains("Файл не импортирован: найдено ошибок — 4", "Ничего не сохранено")
                .contains("Строка 1, столбец «colour»: Столбец «colour» не соответствует ни одному вопросу формы.")
                .contains("Строка 3, столбец «entrance/width»: «широкая» — не целое число.")
                .contains("Строка 3, столбец «entrance/ramp»: «maybe» нет в списке вариантов этого вопроса.")
                .contains("Строка 4: Нет идентификатора анкеты").doesNotContain("name=\"fileId\"");
        assertThat(submissions()).isZero();
    }

    @Test
    void missingIdsAreGeneratedOnlyWhenAskedAndStayTheSameOnReimport() throws Exception {
        byte[] csv = ImportFiles.csv(',', List.of(List.of("school", "entrance/ramp"), List.of("Школа 1", "yes"),
                List.of("Школа 2", "no")));
        assertThat(check(csv, "noid.csv", "text/csv", false)).contains("Строка 2: Нет идентификатора анкеты");
        String page = check(csv, "noid.csv", "text/csv", true);
        assertThat(page).contains("с созданным идентификатором: 2");
        confirm(page, true);
        assertThat(submissions()).isEqualTo(2);
        assertThat(check(csv, "noid.csv", "text/csv", true)).contains("уже есть в системе: 2");
    }

    @Test
    void aZipBombWorkbookIsRefused() throws Exception {
        assertThat(check(ImportFiles.zipBomb(), "bomb.xlsx", XLSX, false))
                .contains("Файл XLSX распаковывается в недопустимо большой объём");
        assertThat(submissions()).isZero();
    }

    @Test
    void aLargeImportRunsAsABackgroundJobWithProgress() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("school", "entrance/width", "_uuid"));
        for (int i = 1; i <= 250; i++) {
            rows.add(List.of("Школа " + i, String.valueOf(60 + i % 40), String.format("4b2c3d4e-0000-4000-8000-%012d", i)));
        }
        String page = check(ImportFiles.csv(',', rows), "big.csv", "text/csv", false);
        assertThat(page).contains("импорт пойдёт в фоне");
        Matcher fileId = Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]+)\"").matcher(page);
        assertThat(fileId.find()).isTrue();
        String location = mvc.perform(post("/collect/forms/" + form.id() + "/import/confirm").param("fileId", fileId.group(1))
                .with(csrf()).with(TestUsers.as(world.researcher))).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        UUID jobId = UUID.fromString(location.substring("/jobs/".length()));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JobView job = jobs.find(jobId).orElseThrow();
        while (job.active() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = jobs.find(jobId).orElseThrow();
        }
        assertThat(job.errorKey()).isNull();
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.progressDone()).isEqualTo(250);
        assertThat(submissions()).isEqualTo(250);
    }

    @Test
    void onlyTheStudyTeamMayImport() throws Exception {
        mvc.perform(get("/collect/forms/" + form.id() + "/import").with(TestUsers.as(world.researcher))).andExpect(status().isOk());
        mvc.perform(get("/collect/forms/" + form.id() + "/import").with(TestUsers.as(world.monitor)))
                .andExpect(status().isForbidden());
    }

    private void useNestedForm() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "text", "village", "Село");
        f.row("survey", "begin repeat", "household", "Домохозяйство");
        f.row("survey", "text", "head", "Глава");
        f.row("survey", "begin repeat", "member", "Член семьи");
        f.row("survey", "text", "member_name", "Имя");
        f.row("survey", "end repeat");
        f.row("survey", "end repeat");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "nested_test", "Домохозяйства", "1");
        assertThat(forms.upload(world.study.id(), "nested.xlsx", f.bytes(), world.researcher).valid()).isTrue();
        form = forms.byXmlFormId(world.study.id(), "nested_test").orElseThrow();
    }

    private String check(byte[] content, String name, String type, boolean generateIds) throws Exception {
        var request = multipart("/collect/forms/" + form.id() + "/import").file(new MockMultipartFile("file", name, type, content))
                .with(csrf()).with(TestUsers.as(world.researcher));
        if (generateIds) {
            request.param("generateIds", "true");
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void confirm(String checkedPage, boolean generateIds) throws Exception {
        Matcher fileId = Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]+)\"").matcher(checkedPage);
        assertThat(fileId.find()).as(checkedPage).isTrue();
        mvc.perform(post("/collect/forms/" + form.id() + "/import/confirm").param("fileId", fileId.group(1))
                .param("generateIds", String.valueOf(generateIds)).with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().is3xxRedirection());
        // Written with the XML, the stored answers are what reading the XML gives.
        world.fixtures.jdbc().sql("select instance_id, xml, answers from collect_submission where form_id = :f").param("f", form.id())
                .query((rs, i) -> {
                    assertThat(rs.getBytes("answers")).as(rs.getString("instance_id")).isEqualTo(StoredAnswers.encode(rs.getBytes("xml")));
                    return i;
                }).list();
    }

    private long submissions() {
        return world.fixtures.count("select count(*) from collect_submission where form_id = " + form.id());
    }

    private String xml(String instanceId) {
        return world.fixtures.jdbc().sql("select convert_from(xml, 'UTF8') from collect_submission where form_id = :f and instance_id = :i")
                .param("f", form.id()).param("i", instanceId).query(String.class).single();
    }
}
