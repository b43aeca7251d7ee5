package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class SecurityHeadersIT {

    @Autowired MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithAFreshNonce() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/login")).andReturn().getResponse();
        String csp = first.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(csp).isNotEqualTo(second.getHeader("Content-Security-Policy"));
        assertThat(first.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(first.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(first.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(first.getHeader("Permissions-Policy")).contains("microphone=()");
    }

    @Test
    void noPageHasInlineScriptsOrStylesOrEventHandlers() throws Exception {
        for (String path : new String[] {"/", "/login", "/password/forgot"}) {
            assertNoInlineCode(mvc.perform(get(path)).andReturn().getResponse());
        }
        for (String path : new String[] {"/dashboard", "/admin", "/admin/users", "/admin/organisations", "/admin/audit"}) {
            assertNoInlineCode(mvc.perform(get(path).with(TestUsers.as(Role.ADMIN))).andReturn().getResponse());
        }
    }

    private static void assertNoInlineCode(MockHttpServletResponse response) throws Exception {
        String nonce = response.getHeader("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
        Document page = Jsoup.parse(response.getContentAsString());
        for (Element script : page.select("script")) {
            assertThat(script.hasAttr("src")).as("inline script").isTrue();
            assertThat(script.attr("nonce")).isEqualTo(nonce);
        }
        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
        }
    }

    @Test
    void healthIsPublicAndSaysNothingSecret() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("jdbc");
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(302, 404);
    }

    @Test
    void unknownPagesGetTheLocalisedNotFoundPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/no/such/page").with(TestUsers.as(Role.RESEARCHER)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Страница не найдена");
        MockHttpServletResponse missingUser = mvc.perform(get("/admin/users/987654").with(TestUsers.as(Role.ADMIN)))
                .andReturn().getResponse();
        assertThat(missingUser.getStatus()).isEqualTo(404);
        assertThat(missingUser.getContentAsString()).contains("Страница не найдена");
    }
}
