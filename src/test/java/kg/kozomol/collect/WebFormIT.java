package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import kg.kozomol.collect.fill.FillFixture;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * The web form without JavaScript: a page per top-level group, skip logic decided by the server, the form's own
 * required and constraint messages, drafts resumed, photos checked, and the finished submission stored as ODK Collect
 * would send it.
 */
@KozomolTest
class WebFormIT {

    private static final Pattern DRAFT_VERSION = Pattern.compile("name=\"draftVersion\" value=\"(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;
    @Autowired CollectProperties properties;

    CollectWorld world;
    CollectForm form;
    String url;
    String draftVersion;

    @BeforeEach
    void form() {
        world = new CollectWorld(context);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "ramp.xlsx", FillFixture.rampAudit(), world.researcher));
        assertThat(imported.problems()).isEmpty();
        form = forms.ofStudy(world.study.id()).get(0);
        url = "/collect/forms/" + form.id() + "/fill";
        draftVersion = null;
    }

    /** Posts a page as the browser would, keeping the draft version the last page carried. */
    String post(KozomolPrincipal user, int expectedStatus, Map<String, String> params, String... multiValues) throws Exception {
        return post(user, expectedStatus, params, null, multiValues);
    }

    String post(KozomolPrincipal user, int expectedStatus, Map<String, String> params, MockMultipartFile file, String... multiValues)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        params.forEach(request::param);
        for (int i = 0; i + 1 < multiValues.length; i += 2) {
            request.param(multiValues[i], multiValues[i + 1]);
        }
        if (draftVersion != null) {
            request.param("draftVersion", draftVersion);
        }
        if (file != null) {
            request.file(file);
        }
        String html = mvc.perform(request.with(csrf()).with(TestUsers.as(user))).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        remember(html);
        return html;
    }

    void remember(String html) {
        Matcher matcher = DRAFT_VERSION.matcher(html);
        if (matcher.find()) {
            draftVersion = matcher.group(1);
        }
    }

    String open(KozomolPrincipal user) throws Exception {
        String html = mvc.perform(get(url).with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        remember(html);
        return html;
    }

    @Test
    void pagesSkipLogicMessagesDraftsPhotosAndTheStoredSubmission() throws Exception {
        KozomolPrincipal monitor = world.monitor;
        String first = open(monitor);
        assertThat(first).contains("Страница 1 из 4", "Название школы", "(обязательно)", "aria-describedby=\"q-school-hint\"")
                .contains("<legend><span>Есть пандус?</span>");
        assertThat(first).containsPattern("id=\"q-slope-field\"[^>]*hidden");

        String missing = post(monitor, 422, Map.of("page", "0", "action", "next", "shown", "school,has_ramp", "a.school", ""));
        assertThat(missing).contains("class=\"error-summary\"", "href=\"#q-school\"", "Укажите школу", "href=\"#q-has_ramp-0\"",
                "Ответ обязателен");

        String appeared = post(monitor, 200, Map.of("page", "0", "action", "next", "shown", "school,has_ramp", "a.school",
                "Школа №5", "a.has_ramp", "yes"));
        assertThat(appeared).contains("Страница 1 из 4", "появились новые вопросы").doesNotContainPattern("id=\"q-slope-field\"[^>]*hidden");

        String constraint = post(monitor, 422, Map.of("page", "0", "action", "next", "shown", "school,has_ramp,slope",
                "a.school", "Школа №5", "a.has_ramp", "yes", "a.slope", "150"));
        assertThat(constraint).contains("Уклон должен быть меньше 100%", "href=\"#q-slope\"");

        String group = post(monitor, 200, Map.of("page", "0", "action", "next", "shown", "school,has_ramp,slope",
                "a.school", "Школа №5", "a.has_ramp", "yes", "a.slope", "6.5"));
        assertThat(group).contains("Страница 2 из 4", "<h2>Пандус</h2>", "Фото пандуса");

        byte[] tooLarge = new byte[(int) properties.maxAttachmentBytes() + 1];
        assertThat(post(monitor, 422, Map.of("page", "1", "action", "next", "shown", "ramp_width,ramp_photo", "a.ramp_width", "120"),
                new MockMultipartFile("a.ramp_photo", "big.jpg", "image/jpeg", tooLarge))).contains("Файл больше 10 МБ");
        assertThat(post(monitor, 422, Map.of("page", "1", "action", "next", "shown", "ramp_width,ramp_photo", "a.ramp_width", "120"),
                new MockMultipartFile("a.ramp_photo", "ramp.jpg", "image/jpeg", "not a photo at all".getBytes())))
                .contains("Это не фотография");

        // Saved as a draft: opening the form again resumes on the same page with the answers.
        assertThat(open(monitor)).contains("Продолжается сохранённый черновик", "Страница 2 из 4", "value=\"120\"");

        String rooms = post(monitor, 200, Map.of("page", "1", "action", "next", "shown", "ramp_width,ramp_photo", "a.ramp_width", "120"),
                new MockMultipartFile("a.ramp_photo", "ramp.png", "image/png", png()));
        assertThat(rooms).contains("Страница 3 из 4", "Кабинеты: запись 1");
        String two = post(monitor, 200, Map.of("page", "2", "action", "add:rooms", "a.rooms#0#room", "101", "a.rooms#0#checked",
                "2026-11-20"));
        assertThat(two).contains("Кабинеты: запись 2", "value=\"101\"", "Удалить запись 2");
        String badDate = post(monitor, 422, Map.of("page", "2", "action", "next", "a.rooms#0#room", "101", "a.rooms#0#checked",
                "2026-11-20", "a.rooms#1#room", "102", "a.rooms#1#checked", "2026-02-30"));
        assertThat(badDate).contains("Введите дату в виде ГГГГ-ММ-ДД", "href=\"#q-rooms-1-checked\"");
        String last = post(monitor, 200, Map.of("page", "2", "action", "next", "a.rooms#0#room", "101", "a.rooms#0#checked",
                "2026-11-20", "a.rooms#1#room", "102", "a.rooms#1#checked", "2026-11-21"));
        assertThat(last).contains("Страница 4 из 4", "Спасибо, Школа №5!", "Завершить и отправить");

        mvc.perform(multipart(url).param("page", "3").param("action", "finish").param("draftVersion", draftVersion).with(csrf())
                .with(TestUsers.as(monitor))).andExpect(redirectedUrl("/collect/forms/" + form.id()));

        var row = world.fixtures.jdbc().sql("""
                select xml, status, submitted_by, app_user_id, id from collect_submission where form_id = :form
                """).param("form", form.id()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("RECEIVED");
        assertThat(((Number) row.get("submitted_by")).longValue()).isEqualTo(monitor.id());
        assertThat(row.get("app_user_id")).isNull();
        String xml = new String((byte[]) row.get("xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<data xmlns:jr=\"http://openrosa.org/javarosa\"", "id=\"ramp_audit\"", "version=\"3\"",
                "<school>Школа №5</school>", "<slope>6.5</slope>", "<ramp_ok>yes</ramp_ok>", "<ramp><ramp_width>120</ramp_width>",
                "<rooms><room>101</room><checked>2026-11-20</checked></rooms><rooms><room>102</room>")
                .containsPattern("<meta><instanceID>uuid:[0-9a-f-]{36}</instanceID></meta>");
        assertThat(leafPaths(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), false))
                .isEqualTo(leafPaths(forms.xform(form.currentVersionId()), true));
        assertThat(world.fixtures.count("select count(*) from collect_attachment where file_id is not null and submission_id = "
                + row.get("id"))).isEqualTo(1);
        assertThat(world.fixtures.count("select count(*) from collect_draft where form_id = " + form.id())).isZero();
        assertThat(world.fixtures.count("select count(*) from audit_event where entity_type = 'collect_submission' and entity_id = '"
                + row.get("id") + "'")).isEqualTo(1);
    }

    @Test
    void irrelevantQuestionsAndPagesAreSkippedAndLeftEmpty() throws Exception {
        KozomolPrincipal researcher = world.researcher;
        open(researcher);
        String rooms = post(researcher, 200, Map.of("page", "0", "action", "next", "shown", "school,has_ramp",
                "a.school", "Лицей", "a.has_ramp", "no", "a.slope", "500"));
        assertThat(rooms).as("the ramp group is irrelevant, so its page is skipped").contains("Страница 3 из 4");
        assertThat(post(researcher, 200, Map.of("page", "2", "action", "back"))).contains("Страница 1 из 4");
        post(researcher, 200, Map.of("page", "0", "action", "next", "shown", "school,has_ramp", "a.school", "Лицей", "a.has_ramp", "no"));
        post(researcher, 200, Map.of("page", "2", "action", "next"));
        mvc.perform(multipart(url).param("page", "3").param("action", "finish").param("draftVersion", draftVersion).with(csrf())
                .with(TestUsers.as(researcher))).andExpect(status().is3xxRedirection());
        String xml = new String(world.fixtures.jdbc().sql("select xml from collect_submission where form_id = :form")
                .param("form", form.id()).query(byte[].class).single(), java.nio.charset.StandardCharsets.UTF_8);
        // The calculation still runs: an empty slope is NaN, not at most 8 (as on the phone).
        assertThat(xml).contains("<has_ramp>no</has_ramp>", "<slope/>", "<ramp_ok>no</ramp_ok>",
                "<ramp><ramp_width/><ramp_photo/></ramp>", "<rooms><room/><checked/></rooms>").doesNotContain(">500<");
    }

    @Test
    void theLanguageSwitchesAndAStaleTabDoesNotOverwriteTheDraft() throws Exception {
        open(world.researcher);
        String kyrgyz = post(world.researcher, 200, Map.of("page", "0", "action", "lang:Kyrgyz (ky)", "a.school", "Мектеп 1"));
        assertThat(kyrgyz).contains("Мектептин аталышы", "Пандус барбы?", "Ооба", "aria-pressed=\"true\">Kyrgyz (ky)");
        String stale = draftVersion;
        post(world.researcher, 200, Map.of("page", "0", "action", "save", "a.school", "Мектеп 2"));
        draftVersion = stale;
        mvc.perform(multipart(url).param("page", "0").param("action", "save").param("a.school", "Старое").param("draftVersion", stale)
                .with(csrf()).with(TestUsers.as(world.researcher))).andExpect(redirectedUrl(url));
        assertThat(open(world.researcher)).contains("value=\"Мектеп 2\"");
    }

    @Test
    void onlyTheTeamAndTheOrganisationsMonitorsFill() throws Exception {
        KozomolPrincipal coder = TestUsers.principal(world.fixtures.user(Role.CODER, world.cso).id(), Role.CODER, world.cso.id());
        mvc.perform(get(url).with(TestUsers.as(coder))).andExpect(status().isForbidden());
        CollectWorld other = new CollectWorld(context);
        mvc.perform(get(url).with(TestUsers.as(other.monitor))).andExpect(status().isNotFound());
        String formPage = mvc.perform(get("/collect/forms/" + form.id()).with(TestUsers.as(world.monitor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(formPage).contains("href=\"" + url + "\"", "Заполнить на сайте");
        String overview = mvc.perform(get("/collect").with(TestUsers.as(world.monitor))).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("href=\"" + url + "\"");
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** The leaf element paths of an instance; for the XForm, those of its primary instance without repeat templates. */
    static TreeSet<String> leafPaths(byte[] xml, boolean xform) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        if (xform) {
            root = (Element) root.getElementsByTagNameNS("*", "instance").item(0);
            root = firstElement(root);
        }
        TreeSet<String> paths = new TreeSet<>();
        collect(root, "/" + root.getLocalName(), paths);
        return paths;
    }

    private static void collect(Element element, String path, TreeSet<String> paths) {
        List<Element> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !e.hasAttributeNS("http://openrosa.org/javarosa", "template")) {
                children.add(e);
            }
        }
        if (children.isEmpty()) {
            paths.add(path);
        }
        children.forEach(c -> collect(c, path + "/" + c.getLocalName(), paths));
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new IllegalStateException("no element");
    }
}
