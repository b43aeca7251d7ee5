package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.fill.FillFixture;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/** A cascading select in the web form without JavaScript: only the choices the earlier answers allow are offered or taken. */
@KozomolTest
class ChoiceFilterWebFormIT {

    private static final Pattern DRAFT_VERSION = Pattern.compile("name=\"draftVersion\" value=\"(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate tx;
    @Autowired Forms forms;

    CollectWorld world;
    String url;
    String draftVersion;

    @BeforeEach
    void form() {
        world = new CollectWorld(context);
        ImportedForm imported = tx.execute(s -> forms.upload(world.study.id(), "regions.xlsx", FillFixture.regions().bytes(),
                world.researcher));
        assertThat(imported.problems()).isEmpty();
        url = "/collect/forms/" + forms.ofStudy(world.study.id()).get(0).id() + "/fill";
    }

    @Test
    void offersAndAcceptsOnlyTheChoicesTheFilterAllows() throws Exception {
        String first = mvc.perform(get(url).with(TestUsers.as(world.monitor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(first).contains("value=\"issyk_kul\"").doesNotContain("name=\"a.town\"", "name=\"a.kind\"")
                .contains("data-choice-filter=\"region=${region}\"", "data-choice-list=\"town\"", "&quot;region&quot;:&quot;talas&quot;");

        String refused = post(422, "region", "issyk_kul", "town", "talas_city", "q1", "edu", "kind", "school");
        assertThat(refused).contains("Выберите один из вариантов, предложенных для ваших предыдущих ответов")
                .contains("name=\"a.town\" value=\"karakol\"", "name=\"a.town\" value=\"cholpon_ata\"")
                .doesNotContain("name=\"a.town\" value=\"talas_city\"")
                .contains("name=\"a.kind\" value=\"school\"").doesNotContain("name=\"a.kind\" value=\"clinic\"", "name=\"a.kind\" value=\"none\"");
        assertThat(post(422, "region", "issyk_kul", "town", "karakol", "q1", "edu", "kind", "none"))
                .as("a bare column and the choice's own name both narrow the list")
                .contains("Выберите один из вариантов");

        MockMultipartHttpServletRequestBuilder finish = request("finish", "region", "issyk_kul", "town", "karakol", "q1", "edu",
                "kind", "school");
        mvc.perform(finish.with(csrf()).with(TestUsers.as(world.monitor))).andExpect(status().is3xxRedirection());
        String xml = new String(world.fixtures.jdbc().sql("select xml from collect_submission where form_id = :form")
                .param("form", forms.ofStudy(world.study.id()).get(0).id()).query(byte[].class).single(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<town>karakol</town>", "<kind>school</kind>");
    }

    private String post(int expectedStatus, String... answers) throws Exception {
        String html = mvc.perform(request("next", answers).with(csrf()).with(TestUsers.as(world.monitor)))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        Matcher matcher = DRAFT_VERSION.matcher(html);
        if (matcher.find()) {
            draftVersion = matcher.group(1);
        }
        return html;
    }

    private MockMultipartHttpServletRequestBuilder request(String action, String... answers) {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.param("page", "0").param("action", action).param("shown", "region,town,q1,kind");
        for (int i = 0; i + 1 < answers.length; i += 2) {
            request.param("a." + answers[i], answers[i + 1]);
        }
        if (draftVersion != null) {
            request.param("draftVersion", draftVersion);
        }
        return request;
    }
}
