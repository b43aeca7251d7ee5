package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * A form naming media and data files: uploaded before its files (named as missing, as ODK Central does), then filled
 * on the web without JavaScript with its label media shown and its choices and pulldata read from the attached files.
 */
@KozomolTest
class FormFilesWebFormIT {

    private static final Pattern DRAFT_VERSION = Pattern.compile("name=\"draftVersion\" value=\"(\\d+)\"");
    static final String TOWNS = "name,label,region,population\nkarakol,Каракол,issyk_kul,80000\n"
            + "cholpon_ata,Чолпон-Ата,issyk_kul,15000\ntalas_city,Талас,talas,40000\n";
    static final String SHOWN = "welcome,agree,region,town,sites,area,population_note,district_office";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired FormMedia media;

    CollectWorld world;
    CollectForm form;
    String draftVersion;

    @BeforeEach
    void uploadBeforeTheFiles() throws Exception {
        world = new CollectWorld(context);
        mvc.perform(multipart("/collect/studies/" + world.study.id() + "/forms")
                        .file(new MockMultipartFile("file", "village.xlsx", null, XlsFormFixture.village("1").bytes()))
                        .with(csrf()).with(TestUsers.as(world.researcher)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "collect.form.uploadedMissingMedia"));
        form = forms.ofStudy(world.study.id()).get(0);
        draftVersion = null;
    }

    void attach(String name, String content) throws Exception {
        attach(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void attach(String name, byte[] content) throws Exception {
        mvc.perform(multipart("/collect/forms/" + form.id() + "/media").file(new MockMultipartFile("file", name, null, content))
                .with(csrf()).with(TestUsers.as(world.researcher))).andExpect(status().is3xxRedirection());
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(TestUsers.as(world.monitor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long mediaId(String name) {
        return media.find(form.id(), name).orElseThrow().id();
    }

    @Test
    void theFormPageNamesTheFilesNotAttachedYet() throws Exception {
        String formPage = page("/collect/forms/" + form.id());
        assertThat(formPage).contains("<code>select_one_from_file towns.csv</code>", "<code>select_multiple_from_file sites.xml</code>");
        String missing = missing(formPage);
        assertThat(missing).contains("Форма называет файлы, которые ещё не прикреплены (9)", "<code>welcome.png</code>",
                "<code>welcome_ky.png</code>", "<code>hello.mp3</code>", "<code>how.mp4</code>", "<code>regions.csv</code>",
                "<code>towns.csv</code>", "<code>sites.xml</code>", "<code>areas.geojson</code>", "<code>yes.png</code>");

        attach("welcome.png", FormMediaIT.PNG);
        attach("towns.csv", TOWNS);
        assertThat(missing(page("/collect/forms/" + form.id()))).contains("(7)").doesNotContain("<code>welcome.png</code>",
                "<code>towns.csv</code>");
    }

    private static String missing(String html) {
        int start = html.indexOf("id=\"missing-media\"");
        assertThat(start).as("the missing files are listed").isPositive();
        return html.substring(start, html.indexOf("</div>", start));
    }

    @Test
    void theWebFormShowsLabelMediaAndOffersChecksAndPullsFromTheAttachedFiles() throws Exception {
        attach("welcome.png", FormMediaIT.PNG);
        attach("hello.mp3", new byte[] {'I', 'D', '3', 3, 0});
        attach("yes.png", FormMediaIT.PNG);
        attach("how.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        attach("regions.csv", "name,label\nissyk_kul,Иссык-Кульская\ntalas,Таласская\n");
        attach("towns.csv", TOWNS);
        attach("sites.xml", "<root><item><code>s1</code><title>Школа №1</title></item><item><code>s2</code><title>ФАП</title></item></root>");
        String url = "/collect/forms/" + form.id() + "/fill";
        String base = "/collect/forms/" + form.id() + "/media/";

        String first = page(url);
        assertThat(first).contains("<img src=\"" + base + mediaId("welcome.png") + "\" alt=\"Добро пожаловать\">")
                .contains("<audio controls preload=\"none\" src=\"" + base + mediaId("hello.mp3") + "\" aria-label=\"Добро пожаловать\">")
                .contains("<video controls preload=\"none\" src=\"" + base + mediaId("how.mp4") + "\" aria-label=\"Согласны?\">")
                .contains("<img src=\"" + base + mediaId("yes.png") + "\" alt=\"Да\" class=\"fill-choice-image\">")
                .contains("name=\"a.region\" value=\"issyk_kul\"", "Иссык-Кульская", "name=\"a.region\" value=\"talas\"")
                .as("no region yet: the choice filter offers no town").doesNotContain("name=\"a.town\"")
                .contains("name=\"a.sites\" value=\"s1\"", "Школа №1", "name=\"a.sites\" value=\"s2\"")
                .as("areas.geojson is not attached: no area to choose").doesNotContain("name=\"a.area\"")
                .as("no town, no population: the office question is not relevant")
                .containsPattern("id=\"q-district_office-field\"[^>]*hidden=\"hidden\"")
                .contains("data-choice-list=\"file:towns.csv\"", "&quot;file:towns.csv&quot;:[{&quot;name&quot;:&quot;karakol&quot;");
        Matcher pulldata = Pattern.compile("data-pulldata=\"([^\"]*)\"").matcher(first);
        assertThat(pulldata.find()).isTrue();
        assertThat(pulldata.group(1)).as("the browser gets the columns pulldata reads, no more")
                .contains("&quot;towns&quot;:[{", "&quot;population&quot;:&quot;80000&quot;", "&quot;name&quot;:&quot;karakol&quot;")
                .doesNotContain("issyk_kul", "Каракол");
        mvc.perform(get(base + mediaId("welcome.png")).with(TestUsers.as(world.monitor))).andExpect(content().bytes(FormMediaIT.PNG));

        attach("welcome_ky.png", FormMediaIT.PNG);
        assertThat(post(url, 200, "lang:Kyrgyz (ky)")).as("each language its own image, the untranslated audio in all")
                .contains("<img src=\"" + base + mediaId("welcome_ky.png") + "\" alt=\"Кош келиңиз\">")
                .contains("<audio controls preload=\"none\" src=\"" + base + mediaId("hello.mp3") + "\" aria-label=\"Кош келиңиз\">");

        String refused = post(url, 422, "finish", "a.agree", "yes", "a.region", "issyk_kul", "a.town", "talas_city", "a.sites", "s1");
        assertThat(refused).contains("Выберите один из вариантов, предложенных для ваших предыдущих ответов")
                .contains("name=\"a.town\" value=\"karakol\"", "name=\"a.town\" value=\"cholpon_ata\"")
                .doesNotContain("name=\"a.town\" value=\"talas_city\"");
        assertThat(post(url, 422, "finish", "a.agree", "yes", "a.region", "issyk_kul", "a.town", "karakol", "a.sites", "s9"))
                .as("a value the XML file does not have").contains("Выберите один из вариантов");

        assertThat(post(url, 200, "next", "a.agree", "yes", "a.region", "issyk_kul", "a.town", "karakol", "a.sites", "s1"))
                .as("pulldata on the server: Каракол has 80000 people, so the office question is relevant")
                .containsPattern("id=\"q-district_office-field\"(?![^>]*hidden)[^>]*>");
        post(url, 302, "finish", "a.agree", "yes", "a.region", "issyk_kul", "a.town", "karakol", "a.sites", "s1", "a.sites", "s2");
        String xml = new String(world.fixtures.jdbc().sql("select xml from collect_submission where form_id = :form")
                .param("form", form.id()).query(byte[].class).single(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<region>issyk_kul</region>", "<town>karakol</town>", "<sites>s1 s2</sites>",
                "<population>80000</population>");
    }

    private String post(String url, int expectedStatus, String action, String... answers) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.param("page", "0").param("action", action).param("shown", SHOWN);
        for (int i = 0; i + 1 < answers.length; i += 2) {
            request.param(answers[i], answers[i + 1]);
        }
        if (draftVersion != null) {
            request.param("draftVersion", draftVersion);
        }
        String html = mvc.perform(request.with(csrf()).with(TestUsers.as(world.monitor))).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = DRAFT_VERSION.matcher(html);
        if (matcher.find()) {
            draftVersion = matcher.group(1);
        }
        return html;
    }
}
