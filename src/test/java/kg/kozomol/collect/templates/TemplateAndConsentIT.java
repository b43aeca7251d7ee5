package kg.kozomol.collect.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import kg.kozomol.collect.Consents;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.xlsform.XlsForms;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.ImportFiles;

/** The school audit template installs as a validated form in Russian and Kyrgyz; its consent answers become records. */
@KozomolTest
class TemplateAndConsentIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired Consents consents;

    CollectWorld world;

    @BeforeEach
    void study() {
        world = new CollectWorld(context);
    }

    @Test
    void theTemplateIsValidAndHasEveryItemInRussianAndKyrgyz() {
        var read = XlsForms.read(SchoolAuditTemplate.workbook(), "x", "1");
        assertThat(read.problems()).isEmpty();
        String xform = new String(read.xform(), StandardCharsets.UTF_8);
        assertThat(xform).contains("<translation lang=\"Russian (ru)\"", "<translation lang=\"Kyrgyz (ky)\"",
                "Уклон пандуса, %", "Пандустун жантаюусу, %", "Ширина входной двери, см", "Кире бериш эшигинин туурасы, см",
                "Поручни", "Тутамдар", "Респонденттин макулдугу");
        for (String item : List.of("entrance", "ramp", "doors", "stairs", "toilets", "signage", "classrooms", "yard")) {
            assertThat(xform).contains("/data/" + item + "/" + item + "_photo", "/data/" + item + "/" + item + "_location");
        }
        assertThat(xform).contains("/data/ramp/ramp_slope", ". &gt;= 0 and . &lt;= 50", "/data/consent/consent_transfer");
    }

    @Test
    void startingFromTheTemplateInstallsItOnceAndItsConsentAnswersBecomeRecords() throws Exception {
        String url = "/collect/studies/" + world.study.id() + "/forms/template";
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(redirectedUrl("/collect/studies/" + world.study.id()))
                .andExpect(flash().attribute("flash", "collect.template.installed"));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(flash().attribute("flash", "collect.template.present"));
        mvc.perform(post(url).with(csrf()).with(TestUsers.as(world.monitor))).andExpect(status().isForbidden());
        CollectForm form = forms.byXmlFormId(world.study.id(), SchoolAuditTemplate.FORM_ID).orElseThrow();
        assertThat(forms.versions(form.id())).hasSize(1);

        byte[] csv = ImportFiles.csv(',', List.of(
                List.of("consent/consent_recording", "consent/consent_quotation", "consent/consent_archiving",
                        "consent/consent_transfer", "school", "ramp/ramp_present", "ramp/ramp_slope", "_uuid"),
                List.of("yes", "no", "yes", "no", "Школа №3", "yes", "6.5", "2b2c3d4e-0000-4000-8000-000000000001"),
                List.of("yes", "yes", "yes", "", "Школа №4", "no", "", "2b2c3d4e-0000-4000-8000-000000000002")));
        String page = mvc.perform(multipart("/collect/forms/" + form.id() + "/import")
                .file(new MockMultipartFile("file", "audit.csv", "text/csv", csv)).with(csrf()).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher fileId = Pattern.compile("name=\"fileId\" value=\"([0-9a-f-]+)\"").matcher(page);
        assertThat(fileId.find()).as(page).isTrue();
        mvc.perform(post("/collect/forms/" + form.id() + "/import/confirm").param("fileId", fileId.group(1)).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());

        long first = world.fixtures.jdbc().sql("select id from collect_submission where instance_id = :i")
                .param("i", "uuid:2b2c3d4e-0000-4000-8000-000000000001").query(Long.class).single();
        assertThat(consents.ofSubmission(first)).get().satisfies(c -> {
            assertThat(c.recording()).isTrue();
            assertThat(c.quotation()).isFalse();
            assertThat(c.archiving()).isTrue();
            assertThat(c.transfer()).isFalse();
            assertThat(c.formVersion()).isEqualTo("1");
        });
        assertThat(consents.ofStudy(world.study.id())).isEqualTo(new Consents.Counts(2, 2, 1, 2, 0));
        String studyPage = mvc.perform(get("/collect/studies/" + world.study.id()).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(studyPage).contains("Записей о согласии: 2", "Согласны на цитирование: 1");
        String submissionPage = mvc.perform(get("/collect/submissions/" + first).with(TestUsers.as(world.researcher)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(submissionPage.replaceAll("\\s+", " ")).contains("Согласие респондента",
                "Что разрешил респондент (версия формы 1)", "<th scope=\"row\">Цитирование</th> <td>Нет</td>",
                "<th scope=\"row\">Архивирование</th> <td>Да</td>");
    }
}
