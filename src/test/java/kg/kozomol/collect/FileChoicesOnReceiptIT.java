package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.platform.i18n.KozomolLocaleResolver;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Phones' submissions to a form whose options come from an attached CSV and GeoJSON and whose constraint reads pulldata:
 * the checks on receipt read the attached files, and the review pages and a CSV export with labels show the file's
 * labels in the reader's language.
 */
@KozomolTest
class FileChoicesOnReceiptIT {

    static final String SCHOOLS = "name,label::Russian (ru),label::Kyrgyz (ky),district,capacity\n"
            + "s1,Школа №1,Мектеп №1,d1,300\ns2,Школа №2,Мектеп №2,d2,500\n";
    static final String AREAS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "a1", "properties": {"title": "Двор"}, "geometry": {"type": "Point", "coordinates": [78.39, 42.49]}},
              {"type": "Feature", "id": "a2", "properties": {"title": "Вход"}, "geometry": {"type": "Point", "coordinates": [78.4, 42.5]}}
            ]}""";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired AppUsers appUsers;

    CollectWorld world;
    CollectForm form;
    String base;

    static XlsFormFixture schools() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)", "label::Kyrgyz (ky)", "choice_filter", "constraint");
        f.row("survey", "select_one district", "district", "Район", "Район");
        f.row("survey", "select_one_from_file schools.csv", "school", "Школа", "Мектеп", "district=${district}");
        f.row("survey", "select_multiple_from_file areas.geojson", "areas", "Участки", "Участоктор");
        f.row("survey", "integer", "pupils", "Учеников", "Окуучулар", null, ". <= pulldata('schools', 'capacity', 'name', ${school})");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)", "label::Kyrgyz (ky)");
        f.row("choices", "district", "d1", "Первый", "Биринчи");
        f.row("choices", "district", "d2", "Второй", "Экинчи");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "schools", "Школы", "1", "Russian (ru)");
        return f;
    }

    @BeforeEach
    void formAndPhone() {
        world = new CollectWorld(context);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "schools.xlsx", schools().bytes(), world.researcher));
        assertThat(imported.problems()).isEmpty();
        form = forms.ofStudy(world.study.id()).get(0);
        base = "/collect/key/" + tx.execute(s -> appUsers.create(world.study.id(), "Телефон", world.researcher)).token();
    }

    void attach(String name, String content) throws Exception {
        mvc.perform(multipart("/collect/forms/" + form.id() + "/media")
                        .file(new MockMultipartFile("file", name, null, content.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());
    }

    /** Posts through the OpenRosa endpoint as ODK Collect does and returns what the check on receipt recorded. */
    String submit(String instanceId, String district, String school, String areas, String pupils) throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <data id="schools" version="1"><district>%s</district><school>%s</school><areas>%s</areas><pupils>%s</pupils>
                <meta><instanceID>%s</instanceID></meta></data>
                """.formatted(district, school, areas, pupils, instanceId);
        String boundary = "or-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        OpenRosaIT.part(body, boundary, "xml_submission_file", "submission.xml", xml.getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        mvc.perform(MockMvcRequestBuilders.post(base + "/submission").contentType("multipart/form-data; boundary=" + boundary)
                .content(body.toByteArray()).header("X-OpenRosa-Version", "1.0")).andExpect(status().isCreated());
        return world.fixtures.jdbc().sql("select issues::text from collect_submission where instance_id = :id")
                .param("id", instanceId).query(String.class).single();
    }

    long id(String instanceId) {
        return world.fixtures.jdbc().sql("select id from collect_submission where instance_id = :id").param("id", instanceId)
                .query(Long.class).single();
    }

    @Test
    void aKoboImportChecksFromFileSelectsAgainstTheAttachedFileAndTakesAnyValueBeforeItIsAttached() throws Exception {
        // before the files are attached nothing can be checked against them, as on receipt: the values are taken
        String plain = "district,school,areas,pupils,_uuid\nd1,s1,a1 a2,120,1b2c3d4e-0000-4000-8000-0000000000a1\n";
        assertThat(importCheck(plain)).contains("Новых анкет: 1").containsPattern(FILE_ID);
        attach("schools.csv", SCHOOLS);
        attach("areas.geojson", AREAS);
        // then the file's options are the choices, the GeoJSON's as 0/1 columns too
        String split = "district,school,areas,areas/a1,areas/a2,pupils,_uuid\n";
        String checked = importCheck(split + "d1,s1,,1,1,120,1b2c3d4e-0000-4000-8000-0000000000a1\n");
        assertThat(checked).contains("Новых анкет: 1").containsPattern(FILE_ID);
        java.util.regex.Matcher fileId = java.util.regex.Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]+)\"").matcher(checked);
        assertThat(fileId.find()).isTrue();
        mvc.perform(post("/collect/forms/" + form.id() + "/import/confirm").param("fileId", fileId.group(1)).param("generateIds", "false")
                .with(csrf()).with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());
        assertThat(world.fixtures.jdbc().sql("select convert_from(xml, 'UTF8') from collect_submission where instance_id = :id")
                .param("id", "uuid:1b2c3d4e-0000-4000-8000-0000000000a1").query(String.class).single())
                .as("the 0/1 columns of the file's options make the answer").contains("<school>s1</school>", "<areas>a1 a2</areas>");
        String refused = importCheck(split + "d1,s9,a1 a7,1,0,120,1b2c3d4e-0000-4000-8000-0000000000a2\n");
        assertThat(refused).doesNotContainPattern(FILE_ID).contains("s9", "a1 a7");
    }

    @Test
    void theAnalysisTableSplitsAFromFileSelectMultipleByTheAttachedFilesOptions() throws Exception {
        SubmissionTable table = context.getBean(SubmissionTable.class);
        submit("uuid:t1", "d1", "s1", "a2", "120");
        SubmissionTable.Snapshot unattached = tx.execute(s -> table.take(form));
        assertThat(unattached.columns()).extracting(SubmissionTable.Column::name)
                .as("before the file is attached its options are unknown: the codes stay one column")
                .containsExactly("district", "school", "areas", "pupils");
        assertThat(unattached.rows()).containsExactly(new String[] {"d1", "s1", "a2", "120"});
        attach("areas.geojson", AREAS);
        submit("uuid:t2", "d2", "s2", "", "80");

        SubmissionTable.Snapshot snapshot = tx.execute(s -> table.take(form));
        assertThat(snapshot.columns()).extracting(SubmissionTable.Column::name)
                .containsExactly("district", "school", "areas/a1", "areas/a2", "pupils");
        assertThat(snapshot.rows()).containsExactly(new String[] {"d1", "s1", "0", "1", "120"},
                new String[] {"d2", "s2", null, null, "80"});
        world.fixtures.jdbc().sql("update collect_submission set answers = null where instance_id = 'uuid:t1'").update();
        assertThat(tx.execute(s -> table.take(form)).rows()).as("read from the XML where no stored answers are")
                .containsExactly(new String[] {"d1", "s1", "0", "1", "120"}, new String[] {"d2", "s2", null, null, "80"});
    }

    private static final String FILE_ID = "name=\"fileId\" value=\"[0-9a-f-]+\"";

    private String importCheck(String csv) throws Exception {
        return mvc.perform(multipart("/collect/forms/" + form.id() + "/import")
                        .file(new MockMultipartFile("file", "kobo.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutItsFilesAFormFlagsNothingTheFilesWouldDecide() throws Exception {
        assertThat(submit("uuid:early", "d1", "s9", "a9", "9000")).isEqualTo("[]");
        assertThat(mvc.perform(get("/collect/submissions/" + id("uuid:early")).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("no file, no label: the code is shown").contains("s9", "a9");
    }

    @Test
    void theChecksOnReceiptReadTheAttachedFilesAndPulldata() throws Exception {
        attach("schools.csv", SCHOOLS);
        attach("areas.geojson", AREAS);

        assertThat(submit("uuid:good", "d1", "s1", "a1 a2", "300")).isEqualTo("[]");
        assertThat(submit("uuid:unknown", "d1", "s9", "a1", "10")).as("not in the file, so pulldata finds no capacity either")
                .isEqualTo("[{\"kind\": \"CHOICE\", \"question\": \"school\"}, {\"kind\": \"CONSTRAINT\", \"question\": \"pupils\"}]");
        assertThat(submit("uuid:filtered", "d1", "s2", "a1", "10")).as("in the file, but not offered for this district")
                .isEqualTo("[{\"kind\": \"CHOICE\", \"question\": \"school\"}]");
        assertThat(submit("uuid:area", "d1", "s1", "a1 a9", "10")).as("a select_multiple value the GeoJSON does not have")
                .isEqualTo("[{\"kind\": \"CHOICE\", \"question\": \"areas\"}]");
        assertThat(submit("uuid:crowded", "d1", "s1", "a1", "301")).as("the constraint reads the school's capacity with pulldata")
                .isEqualTo("[{\"kind\": \"CONSTRAINT\", \"question\": \"pupils\"}]");
        assertThat(submit("uuid:big", "d2", "s2", "a2", "450")).as("another row of the CSV, another capacity").isEqualTo("[]");

        String crowded = page("/collect/submissions/" + id("uuid:crowded"), "ru");
        assertThat(crowded).contains("Школа №1", "Двор").doesNotContain(">s1<");
        assertThat(page("/collect/submissions/" + id("uuid:good"), "ky")).as("the file's Kyrgyz labels")
                .contains("Мектеп №1", "Двор; Вход");
        assertThat(page("/collect/submissions/" + id("uuid:unknown"), "ru")).as("a value the file lacks shows as its code")
                .contains("s9");
        assertThat(page("/collect/forms/" + form.id() + "/submissions", "ru")).contains("Школа №2", "Вход");

        String labels = new String(export("CSV", "labels"), StandardCharsets.UTF_8);
        assertThat(labels).contains("Школа №1", "Двор; Вход", "Школа №2").contains(",s9,");
        assertThat(new String(export("CSV", "codes"), StandardCharsets.UTF_8)).contains(",s1,", "a1 a2").doesNotContain("Школа №1");
        String split = new String(mvc.perform(post("/collect/forms/" + form.id() + "/export").param("format", "CSV")
                        .param("values", "codes").param("split", "true").with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(split).as("the file's options as 0/1 columns").contains(",areas/a1,areas/a2,").contains(",a1 a2,1,1,");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("XLSX", "labels")))) {
            List<String> cells = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell))));
            assertThat(cells).as("the XLSX with labels").contains("Школа №1", "Школа №2", "s9", "Двор; Вход").doesNotContain("s1");
        }
    }

    String page(String url, String language) throws Exception {
        return mvc.perform(get(url).cookie(new Cookie(KozomolLocaleResolver.COOKIE, language)).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] export(String format, String values) throws Exception {
        return mvc.perform(post("/collect/forms/" + form.id() + "/export").param("format", format).param("values", values)
                        .with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
