package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.review.SubmissionsWorld;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** Exports read back: codes or labels, split multiple choices, repeats linked by keys, long names, Cyrillic, no lost rows. */
@KozomolTest
class SubmissionExportIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SubmissionExports exports;
    @Autowired ExportJob exportJob;
    @Autowired StoredFiles files;

    SubmissionsWorld field;

    @BeforeEach
    void submissions() throws Exception {
        field = new SubmissionsWorld(context, mvc);
        field.submit(SubmissionsWorld.xml("uuid:a", "Школа №1 «Каракол»", "yes", "steps narrow", "42.49 78.39", "door.jpg", "90",
                "Кабинет 1", "Кабинет 2"), SubmissionsWorld.photo("door.jpg"));
        field.submit(SubmissionsWorld.xml("uuid:b", "Лицей, Ысык-Көл", "no", "toilet", "", "", "70"));
        field.submit(SubmissionsWorld.xml("uuid:c", "Гимназия Талас", "yes", "", "", "", "120", "Актовый зал"));
    }

    byte[] export(String format, String values, boolean split) throws Exception {
        return mvc.perform(post("/collect/forms/" + field.form.id() + "/export").param("format", format).param("values", values)
                .param("split", String.valueOf(split)).with(csrf()).with(TestUsers.as(field.world.monitor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static List<Map<String, String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text.substring(1)))) {
            rows.add(record.toMap());
        }
        return rows;
    }

    static Map<String, String> byKey(List<Map<String, String>> rows, String key) {
        return rows.stream().filter(r -> key.equals(r.get("KEY"))).findFirst().orElseThrow();
    }

    @Test
    void csvWithCodesIsAZipOfTablesLinkedByKeys() throws Exception {
        mvc.perform(get("/collect/forms/" + field.form.id() + "/export").with(TestUsers.as(field.world.monitor)))
                .andExpect(status().isOk());
        Map<String, byte[]> files = unzip(export("CSV", "codes", false));
        String repeatFile = "field_visit-" + SubmissionsWorld.LONG_REPEAT.substring(0, 31) + ".csv";
        assertThat(files).containsOnlyKeys("field_visit.csv", repeatFile);
        List<Map<String, String>> main = csv(files.get("field_visit.csv"));
        assertThat(main).hasSize(3);
        Map<String, String> a = byKey(main, "uuid:a");
        assertThat(a).containsEntry("school", "Школа №1 «Каракол»").containsEntry("ramp", "yes")
                .containsEntry("barriers", "steps narrow").containsEntry("doors/width", "90").containsEntry("photo", "door.jpg")
                .containsEntry("ReviewState", "RECEIVED").containsEntry("SubmitterName", "Телефон Айгуль");
        assertThat(byKey(main, "uuid:b")).containsEntry("school", "Лицей, Ысык-Көл");
        List<Map<String, String>> rooms = csv(files.get(repeatFile));
        assertThat(rooms).hasSize(3);
        String repeat = SubmissionsWorld.LONG_REPEAT;
        assertThat(byKey(rooms, "uuid:a/" + repeat + "[2]")).containsEntry("PARENT_KEY", "uuid:a")
                .containsEntry(repeat + "/room", "Кабинет 2");
        assertThat(byKey(rooms, "uuid:c/" + repeat + "[1]")).containsEntry(repeat + "/room", "Актовый зал");
    }

    @Test
    void csvWithLabelsSplitsMultipleChoices() throws Exception {
        List<Map<String, String>> main = csv(unzip(export("CSV", "labels", true)).get("field_visit.csv"));
        Map<String, String> a = byKey(main, "uuid:a");
        assertThat(a).containsEntry("ramp", "Да").containsEntry("barriers", "Ступени; Узкие двери")
                .containsEntry("barriers/steps", "1").containsEntry("barriers/narrow", "1").containsEntry("barriers/toilet", "0");
        assertThat(byKey(main, "uuid:c")).containsEntry("barriers/steps", "");
    }

    @Test
    void xlsxHasARepeatSheetWithACutNameAndParentLinks() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("XLSX", "labels", false)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet main = book.getSheetAt(0);
            assertThat(main.getSheetName()).isEqualTo("field_visit");
            Map<String, Map<String, String>> rows = rows(main);
            assertThat(rows.get("uuid:a")).containsEntry("school", "Школа №1 «Каракол»").containsEntry("ramp", "Да")
                    .containsEntry("doors/width", "90");
            Sheet rooms = book.getSheetAt(1);
            assertThat(rooms.getSheetName()).hasSize(31).isEqualTo(SubmissionsWorld.LONG_REPEAT.substring(0, 31));
            assertThat(rows(rooms).get("uuid:a/" + SubmissionsWorld.LONG_REPEAT + "[1]"))
                    .containsEntry("PARENT_KEY", "uuid:a").containsEntry(SubmissionsWorld.LONG_REPEAT + "/room", "Кабинет 1");
        }
    }

    @Test
    void pastTheRowLimitATableContinuesOnAFurtherSheetAndReadmeSaysSo() throws Exception {
        exports.xlsxRowLimit(2);
        byte[] bytes;
        try {
            bytes = export("XLSX", "codes", false);
        } finally {
            exports.xlsxRowLimit(XlsxBook.EXCEL_DATA_ROWS);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            String repeat = SubmissionsWorld.LONG_REPEAT.substring(0, 31);
            assertThat(names).containsExactly("README", "field_visit", "field_visit (2)", repeat, repeat.substring(0, 27) + " (2)");
            assertThat(rows(book.getSheet("field_visit"))).hasSize(2);
            assertThat(rows(book.getSheet("field_visit (2)"))).hasSize(1);
            assertThat(new DataFormatter().formatCellValue(book.getSheet("field_visit (2)").getRow(0).getCell(0))).isEqualTo("SubmissionDate");
            String readme = new DataFormatter().formatCellValue(book.getSheet("README").getRow(1).getCell(0));
            assertThat(readme).contains("field_visit", "field_visit (2)");
        }
    }

    @Test
    void attachmentsComeAsAZipByInstanceAndOtherOrganisationsGetNothing() throws Exception {
        Map<String, byte[]> files = unzip(export("ATTACHMENTS", "codes", false));
        assertThat(files).containsOnlyKeys("uuid_a/door.jpg");
        assertThat(files.get("uuid_a/door.jpg")).isEqualTo(SubmissionsWorld.JPEG);
        CollectWorld other = new CollectWorld(context);
        mvc.perform(post("/collect/forms/" + field.form.id() + "/export").param("format", "CSV").with(csrf())
                .with(TestUsers.as(other.researcher))).andExpect(status().isNotFound());
        mvc.perform(post("/collect/forms/" + field.form.id() + "/export").param("format", "PDF").with(csrf())
                .with(TestUsers.as(field.world.monitor))).andExpect(status().isBadRequest());
    }

    @Test
    void aLargeExportRunsAsAJobWithProgressAndKeepsItsFileForWhoAsked() throws Exception {
        List<long[]> progress = new ArrayList<>();
        UUID[] result = new UUID[1];
        JobContext job = new JobContext() {
            public UUID jobId() {
                return UUID.randomUUID();
            }

            public Map<String, Object> params() {
                return ExportJob.params(field.form.id(), new ExportOptions(ExportOptions.Format.CSV, false, true, "Russian (ru)"),
                        Locale.forLanguageTag("ru"));
            }

            public Long createdBy() {
                return field.world.researcherAccount.id();
            }

            public Optional<String> checkpoint() {
                return Optional.empty();
            }

            public void progress(long done, Long total) {
                progress.add(new long[] {done, total});
            }

            public void saveCheckpoint(String state, long done) {
            }

            public boolean shouldStop() {
                return false;
            }

            public void setResultFile(UUID fileId) {
                result[0] = fileId;
            }
        };
        exportJob.run(job);
        assertThat(progress.get(progress.size() - 1)).containsExactly(6, 6);
        StoredFile file = files.find(result[0]).orElseThrow();
        assertThat(file.originalName()).isEqualTo("field_visit-csv.zip");
        try (var in = files.open(file)) {
            Map<String, byte[]> entries = unzip(in.readAllBytes());
            assertThat(byKey(csv(entries.get("field_visit.csv")), "uuid:a")).containsEntry("barriers/narrow", "1");
        }
    }

    /** Rows by their KEY column, each as header → text. */
    static Map<String, Map<String, String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Row head = sheet.getRow(0);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < head.getLastCellNum(); c++) {
                row.put(format.formatCellValue(head.getCell(c)), format.formatCellValue(sheet.getRow(r).getCell(c)));
            }
            rows.put(row.get("KEY"), row);
        }
        return rows;
    }
}
