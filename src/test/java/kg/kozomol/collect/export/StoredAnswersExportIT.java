package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.AppUser;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.CollectWorld;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Exports read from the stored answers are byte for byte those read from the XML (as every export was before the
 * answers were stored), on awkward data: two form versions, groups, nested repeats, split multiple choices, quotes,
 * commas, line breaks, Cyrillic, missing and unknown elements, a phone's edit and a reviewer's correction.
 */
@KozomolTest
class StoredAnswersExportIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;

    CollectWorld world;
    CollectForm form;
    String phone;

    static XlsFormFixture form(String version) {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "text", "school", "Школа");
        f.row("survey", "select_one yes_no", "ramp", "Пандус?");
        f.row("survey", "select_multiple barriers", "barriers", "Барьеры");
        f.row("survey", "begin group", "doors", "Двери");
        f.row("survey", "integer", "width", "Ширина");
        f.row("survey", "text", "note", "Заметка");
        if (version.equals("2")) {
            f.row("survey", "text", "added", "Новый вопрос");
        }
        f.row("survey", "end group");
        f.row("survey", "begin repeat", "rooms", "Кабинеты");
        f.row("survey", "text", "room", "Кабинет");
        f.row("survey", "begin repeat", "seats", "Места");
        f.row("survey", "select_one seat", "kind", "Вид");
        f.row("survey", "end repeat");
        f.row("survey", "end repeat");
        f.row("survey", "text", "comment", "Комментарий");
        f.sheet("choices", "list_name", "name", "label::Russian (ru)");
        f.row("choices", "yes_no", "yes", "Да");
        f.row("choices", "yes_no", "no", "Нет, \"совсем\"");
        f.row("choices", "barriers", "steps", "Ступени");
        f.row("choices", "barriers", "narrow", "Узкие, двери");
        f.row("choices", "barriers", "toilet", "Нет туалета");
        f.row("choices", "seat", "desk", "Парта");
        f.row("choices", "seat", "chair", "Стул");
        f.sheet("settings", "form_id", "form_title", "version", "default_language");
        f.row("settings", "awkward", "Неудобные данные", version, "Russian (ru)");
        return f;
    }

    void submit(String version, String instanceId, String body) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data xmlns:jr=\"http://openrosa.org/javarosa\" id=\"awkward\" version=\""
                + version + "\">" + body + "<meta><instanceID>" + instanceId + "</instanceID></meta></data>";
        if (body.contains("<deprecatedID>")) {
            xml = xml.replace("<meta><instanceID>" + instanceId + "</instanceID></meta>", "");
        }
        mvc.perform(multipart(phone + "/submission").file(new MockMultipartFile("xml_submission_file", "submission.xml", "text/xml",
                xml.getBytes(StandardCharsets.UTF_8))).header("X-OpenRosa-Version", "1.0")).andExpect(status().isCreated());
    }

    @BeforeEach
    void awkwardSubmissions() throws Exception {
        world = new CollectWorld(context);
        assertThat(tx.execute(s -> forms.upload(world.study.id(), "v1.xlsx", form("1").bytes(), world.researcher)).problems()).isEmpty();
        form = forms.byXmlFormId(world.study.id(), "awkward").orElseThrow();
        AppUser appUser = tx.execute(s -> context.getBean(AppUsers.class).create(world.study.id(), "Телефон «Бишкек»", world.researcher));
        phone = "/collect/key/" + appUser.token();
        submit("1", "uuid:a", """
                <school>  Лицей, "Ысык-Көл"
                второй корпус, каб. 5  </school><ramp>no</ramp><barriers>steps   narrow</barriers>
                <doors><width>90</width><note>#1 first, "quoted"\r
                ; semicolon</note></doors>
                <rooms><room>Кабинет 1</room><seats><kind>desk</kind></seats><seats><kind>chair</kind></seats></rooms>
                <rooms><room>=SUM(A1)</room><seats/></rooms>
                <comment><![CDATA[<b>bold</b> & more]]></comment>""");
        submit("1", "uuid:b", "<ramp/><barriers></barriers><unknown>x</unknown><doors><width>70</width></doors>"
                + "<doors><width>duplicate</width></doors>");
        submit("1", "uuid:old", "<school>Старая</school><rooms><room>будет заменён</room></rooms>");
        submit("1", "uuid:edit", "<school>Исправлена телефоном</school><rooms><room>новый</room></rooms>"
                + "<meta><instanceID>uuid:edit</instanceID><deprecatedID>uuid:old</deprecatedID></meta>");
        tx.executeWithoutResult(s -> forms.upload(world.study.id(), "v2.xlsx", form("2").bytes(), world.researcher));
        submit("2", "uuid:c", "<school> ведущий пробел и хвост </school><ramp>yes</ramp><barriers>toilet</barriers>"
                + "<doors><width>120</width><added>новое, \"да\"</added></doors><comment>тест\nстрока</comment>");
        submit("2", "uuid:d", "<school>исправить</school><barriers>steps toilet unknown</barriers>");
        long d = world.fixtures.count("select id from collect_submission where instance_id = 'uuid:d'");
        mvc.perform(post("/collect/submissions/" + d + "/edit").param("version", "0").param("answer.school", "Исправлено, \"ревьюером\"")
                .param("answer.doors/note", "строка\nвторая").with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().is3xxRedirection());
    }

    byte[] export(String format, String values, boolean split) throws Exception {
        return mvc.perform(post("/collect/forms/" + form.id() + "/export").param("format", format).param("values", values)
                .param("split", String.valueOf(split)).with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The files of every export kind; the XLSX by its parts, less the one holding the time it was made. */
    Map<String, Map<String, byte[]>> exports() throws Exception {
        Map<String, byte[]> xlsx = parts(export("XLSX", "labels", true));
        xlsx.remove("docProps/core.xml");
        return Map.of("csv codes", SubmissionExportIT.unzip(export("CSV", "codes", false)),
                "csv labels split", SubmissionExportIT.unzip(export("CSV", "labels", true)), "xlsx labels split", xlsx);
    }

    /** An XLSX's parts (read through a file: POI's entries have their sizes after their data, which ZipInputStream refuses). */
    static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, byte[]> parts = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    void forget(String which) {
        world.fixtures.jdbc().sql("update collect_submission set answers = null where form_id = :form" + which).param("form", form.id()).update();
    }

    @Test
    void storedAnswersExportExactlyAsTheXml() throws Exception {
        assertThat(world.fixtures.count("select count(*) from collect_submission where form_id = " + form.id() + " and answers is null"))
                .isZero();
        Map<String, Map<String, byte[]>> stored = exports();
        forget(" and id % 2 = 0");
        Map<String, Map<String, byte[]>> mixed = exports();
        forget("");
        Map<String, Map<String, byte[]>> fromXml = exports();
        for (String kind : fromXml.keySet()) {
            assertThat(stored.get(kind).keySet()).as(kind).isEqualTo(fromXml.get(kind).keySet());
            for (String file : fromXml.get(kind).keySet()) {
                assertThat(stored.get(kind).get(file)).as(kind + " " + file).isEqualTo(fromXml.get(kind).get(file));
                assertThat(mixed.get(kind).get(file)).as(kind + " " + file).isEqualTo(fromXml.get(kind).get(file));
            }
        }
        List<Map<String, String>> main = SubmissionExportIT.csv(fromXml.get("csv labels split").get("awkward.csv"));
        assertThat(main).extracting(r -> r.get("KEY")).containsExactlyInAnyOrder("uuid:a", "uuid:b", "uuid:edit", "uuid:c",
                main.stream().map(r -> r.get("KEY")).filter(k -> !List.of("uuid:a", "uuid:b", "uuid:edit", "uuid:c").contains(k))
                        .findFirst().orElse("the corrected uuid:d"));
        assertThat(SubmissionExportIT.byKey(main, "uuid:a")).containsEntry("school", "Лицей, \"Ысык-Көл\"\nвторой корпус, каб. 5")
                .containsEntry("barriers/narrow", "1").containsEntry("ramp", "Нет, \"совсем\"");
        assertThat(SubmissionExportIT.byKey(main, "uuid:b")).containsEntry("doors/width", "70").containsEntry("school", "");
        assertThat(SubmissionExportIT.byKey(main, "uuid:c")).containsEntry("doors/added", "новое, \"да\"");
        List<Map<String, String>> seats = SubmissionExportIT.csv(fromXml.get("csv codes").get("awkward-seats.csv"));
        assertThat(seats).extracting(r -> r.get("KEY")).containsExactly("uuid:a/rooms[1]/seats[1]", "uuid:a/rooms[1]/seats[2]",
                "uuid:a/rooms[2]/seats[1]");
    }
}
