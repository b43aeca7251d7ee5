package kg.kozomol.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class BriefSanitiserIT {

    static final String HOSTILE = """
            <h2 onclick="steal()">Итоги</h2><script>alert('x')</script>
            <p style="color:red">Текст <strong>важно</strong> <em>очень</em><img src=x onerror="alert(1)"></p>
            <a href="javascript:alert(1)">плохая</a> <a href="https://example.org/report">отчёт</a>
            <ul><li>пункт</li></ul><ol><li>один</li></ol><h5>мелкий</h5><iframe src="https://evil"></iframe>
            <table><thead><tr><th>Год</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table>
            <a href="mailto:info@example.org">почта</a><style>body{}</style><br>
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void hostileHtmlLosesScriptsHandlersStylesAndJavascriptLinksButKeepsAllowedTags() {
        String safe = RichText.sanitise(HOSTILE);
        assertThat(safe).doesNotContain("<script", "alert", "onclick", "onerror", "style", "javascript:", "<img", "<iframe",
                "<h5", "color:red");
        assertThat(safe).contains("<h2>Итоги</h2>", "<strong>важно</strong>", "<em>очень</em>", "<ul><li>пункт</li></ul>",
                "<ol><li>один</li></ol>", "<table>", "<th>Год</th>", "<td>2025</td>", "<br />",
                "href=\"https://example.org/report\"", "rel=\"nofollow\"", "href=\"mailto:info&#64;example.org\"");
        assertThat(safe).contains("плохая").contains("мелкий");
        assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
    }

    @Test
    void aSavedSectionIsStoredAndShownSanitised() throws Exception {
        BriefWorld world = new BriefWorld(context);
        Brief brief = world.draft("Санитайзер", null);
        mvc.perform(post("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)).with(csrf())
                        .param("themeId", Long.toString(world.theme.id())).param("originalLanguage", "ru")
                        .param("titleRu", "<script>alert('t')</script>Заголовок").param("summaryRu", HOSTILE)
                        .param("version", Integer.toString(brief.version())))
                .andExpect(status().is3xxRedirection());
        String stored = world.fixtures.jdbc().sql("select summary_ru from brief where id = :id").param("id", brief.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain("<script", "onerror", "javascript:").contains("<strong>важно</strong>");
        mvc.perform(get("/briefs/" + brief.id()).with(TestUsers.as(world.researcher)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;Заголовок")))
                .andExpect(content().string(containsString("<h2>Итоги</h2>")));
    }
}
