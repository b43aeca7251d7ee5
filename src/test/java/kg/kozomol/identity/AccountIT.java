package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class AccountIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        UserAccount user = new Fixtures(context).user(Role.RESEARCHER);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", "not my password")
                .param("password", "a brand new phrase").param("confirmation", "a brand new phrase"))
                .andExpect(content().string(containsString("Текущий пароль введён неверно")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", Fixtures.PASSWORD)
                .param("password", "a brand new phrase").param("confirmation", "a brand new phrase").param("token", "ignored"))
                .andExpect(redirectedUrl("/account"));
        Fixtures.login(mvc, user.email(), "a brand new phrase");
    }

    @Test
    void updatesTheProfileAndRefusesAStaleVersion() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        UserAccount user = fixtures.user(Role.EXPERT);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/account").cookie(session).with(csrf()).param("fullName", "Новое Имя").param("language", "en")
                .param("version", Integer.toString(user.version()))).andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("kozomol_lang", "en"));
        mvc.perform(post("/account").cookie(session).with(csrf()).param("fullName", "Другое Имя").param("language", "ru")
                .param("version", Integer.toString(user.version())))
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")));
        assertThat(fixtures.jdbc().sql("select full_name || ':' || preferred_locale from app_user where id = :id")
                .param("id", user.id()).query(String.class).single()).isEqualTo("Новое Имя:en");
        mvc.perform(post("/account").cookie(session).with(csrf()).param("fullName", "").param("language", "xx")
                .param("version", "1")).andExpect(content().string(containsString("error-summary")));
    }
}
