package kg.kozomol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class LocaleIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void russianIsTheDefaultLanguage() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("<html lang=\"ru\"")))
                .andExpect(content().string(containsString("Чтобы общество не только говорило")));
    }

    @Test
    void theSwitcherSetsACookieAndReturnsToThePage() throws Exception {
        mvc.perform(post("/locale").param("lang", "ky").param("return", "/login").with(csrf()))
                .andExpect(redirectedUrl("/login")).andExpect(cookie().value("kozomol_lang", "ky"));
        mvc.perform(get("/login").cookie(new Cookie("kozomol_lang", "ky")))
                .andExpect(content().string(containsString("<html lang=\"ky\"")))
                .andExpect(content().string(containsString("Көзөмөлгө кирүү")));
        mvc.perform(get("/login").cookie(new Cookie("kozomol_lang", "en")))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Log in to Kozomol")));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(post("/locale").param("lang", "xx-<script>").param("return", "/").with(csrf()))
                .andExpect(redirectedUrl("/")).andExpect(cookie().doesNotExist("kozomol_lang"));
        mvc.perform(get("/").cookie(new Cookie("kozomol_lang", "de")))
                .andExpect(content().string(containsString("<html lang=\"ru\"")));
    }

    @Test
    void theSwitcherNeverRedirectsOffSite() throws Exception {
        mvc.perform(post("/locale").param("lang", "en").param("return", "//evil.example/").with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(post("/locale").param("lang", "en").param("return", "https://evil.example/").with(csrf())).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignedInUsersChoiceIsRememberedInTheProfileAndUsedAtTheNextLogin() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        UserAccount user = fixtures.user(Role.RESEARCHER);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/locale").cookie(session).param("lang", "ky").param("return", "/dashboard").with(csrf()));
        assertThat(fixtures.jdbc().sql("select preferred_locale from app_user where id = :id").param("id", user.id())
                .query(String.class).single()).isEqualTo("ky");

        // A fresh browser without the cookie: the login response sets the profile's language.
        mvc.perform(post("/login").param("email", user.email()).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(cookie().value("kozomol_lang", "ky"));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        var formats = context.getBean(kg.kozomol.platform.web.Formats.class);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("ru"));
        try {
            assertThat(formats.date(java.time.LocalDate.of(2026, 3, 8))).contains("мар").contains("2026");
            assertThat(formats.number(1234567.5)).matches("1\\h234\\h567,5");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("en"));
            assertThat(formats.date(java.time.LocalDate.of(2026, 3, 8))).isEqualTo("Mar 8, 2026");
            assertThat(formats.number(1234567.5)).isEqualTo("1,234,567.5");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("ky"));
            assertThat(formats.date(java.time.LocalDate.of(2026, 3, 8))).contains("2026");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
