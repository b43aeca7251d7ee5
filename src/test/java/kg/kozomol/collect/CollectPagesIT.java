package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** The study team uploads forms and sets up phones; broken workbooks are explained cell by cell; monitors only look. */
@KozomolTest
class CollectPagesIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;

    CollectWorld world;

    @BeforeEach
    void study() {
        world = new CollectWorld(context);
    }

    MockMultipartFile workbook(byte[] bytes) {
        return new MockMultipartFile("file", "audit.xlsx", XLSX, bytes);
    }

    @Test
    void aResearcherUploadsAFormAndANewVersionAndDownloadsBoth() throws Exception {
        String uploadUrl = "/collect/studies/" + world.study.id() + "/forms";
        mvc.perform(multipart(uploadUrl).file(workbook(XlsFormFixture.schoolAudit("1").bytes())).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(redirectedUrl("/collect/studies/" + world.study.id()));
        mvc.perform(multipart(uploadUrl).file(workbook(XlsFormFixture.schoolAudit("1").bytes())).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("уже загружена")));
        mvc.perform(multipart(uploadUrl).file(workbook(XlsFormFixture.schoolAudit("2").bytes())).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());

        CollectForm form = forms.ofStudy(world.study.id()).get(0);
        assertThat(form.currentVersion()).isEqualTo("2");
        assertThat(forms.versions(form.id())).hasSize(2);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_form' and entity_id = '"
                + form.id() + "'")).isEqualTo(2);

        mvc.perform(get("/collect").with(TestUsers.as(world.monitor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Аудит доступности школы")));
        mvc.perform(get("/collect/forms/" + form.id()).with(TestUsers.as(world.monitor))).andExpect(status().isOk());
        byte[] xml = mvc.perform(get("/collect/forms/" + form.id() + "/versions/" + form.currentVersionId() + "/xml")
                .with(TestUsers.as(world.monitor))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("school_audit-2.xml")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Forms.md5(xml)).isEqualTo(form.md5());
        mvc.perform(get("/collect/forms/" + form.id() + "/versions/" + form.currentVersionId() + "/xlsx")
                .with(TestUsers.as(world.monitor))).andExpect(status().isOk()).andExpect(content().contentType(XLSX));
    }

    @Test
    void aBrokenWorkbookIsExplainedCellByCellAndNothingIsStored() throws Exception {
        byte[] broken = new XlsFormFixture().sheet("survey", "type", "name", "label", "relevant")
                .row("survey", "txet", "q", "Q").row("survey", "text", "r", "R", "${nobody} = 1").bytes();
        mvc.perform(multipart("/collect/studies/" + world.study.id() + "/forms").file(workbook(broken)).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Неизвестный тип вопроса «txet»")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("${nobody} ссылается")));
        mvc.perform(multipart("/collect/studies/" + world.study.id() + "/forms").file(workbook("not xlsx".getBytes())).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("не является читаемой книгой")));
        assertThat(forms.ofStudy(world.study.id())).isEmpty();
    }

    @Test
    void aFieldMonitorMayNotUploadOrManagePhones() throws Exception {
        mvc.perform(multipart("/collect/studies/" + world.study.id() + "/forms").file(workbook(XlsFormFixture.schoolAudit("1").bytes()))
                .with(csrf()).with(TestUsers.as(world.monitor))).andExpect(status().isForbidden());
        mvc.perform(post("/collect/studies/" + world.study.id() + "/app-users").param("displayName", "Мой телефон").with(csrf())
                .with(TestUsers.as(world.monitor))).andExpect(status().isForbidden());
        assertThat(forms.ofStudy(world.study.id())).isEmpty();
    }

    @Test
    void aPhoneGetsItsServerUrlAndSettingsCodeAndCanBeRevoked() throws Exception {
        String location = mvc.perform(post("/collect/studies/" + world.study.id() + "/app-users").param("displayName", "Телефон Айгуль")
                .with(csrf()).with(TestUsers.as(world.researcher))).andExpect(redirectedUrlPattern("/collect/app-users/*"))
                .andReturn().getResponse().getRedirectedUrl();
        AppUser phone = context.getBean(AppUsers.class).ofStudy(world.study.id()).get(0);
        String page = mvc.perform(get(location).with(TestUsers.as(world.researcher))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/collect/key/" + phone.token());
        String code = page.replaceAll("(?s).*<textarea id=\"settings-code\"[^>]*>([^<]*)</textarea>.*", "$1").strip();
        String json = new String(new InflaterInputStream(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(code)))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"server_url\":\"http://localhost:8080/collect/key/" + phone.token() + "\"");
        assertThat(page).containsPattern("<img class=\"settings-qr\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"QR-код с настройками ODK Collect для «Телефон Айгуль»");
        String png = page.replaceAll("(?s).*src=\"data:image/png;base64,([^\"]*)\".*", "$1");
        assertThat(scanned(Base64.getDecoder().decode(png))).as("the QR code holds the settings code").isEqualTo(code);
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_app_user' and after_state::text like '%"
                + phone.token() + "%'")).as("the token never reaches the audit log").isZero();

        mvc.perform(post(location + "/revoke").param("version", String.valueOf(phone.version())).with(csrf())
                .with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());
        assertThat(context.getBean(AppUsers.class).byToken(phone.token())).isEmpty();
    }

    /** What a phone's camera reads from the PNG. */
    private static String scanned(byte[] png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }
}
