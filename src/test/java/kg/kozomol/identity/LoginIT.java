package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class LoginIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
    }

    @Test
    void logsInWithTheRightPasswordAndLandsOnTheDashboard() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(user.fullName())));
        assertThat(fixtures.count("select count(*) from audit_event where action = 'LOGIN' and actor_id = " + user.id())).isEqualTo(1);
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() throws Exception {
        UserAccount user = fixtures.user(Role.CODER);
        Fixtures.login(mvc, user.email().toUpperCase(), Fixtures.PASSWORD);
    }

    @Test
    void wrongPasswordShowsALocalisedMessageAndNoSession() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        mvc.perform(post("/login").param("email", user.email()).param("password", "wrong password!").with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Неверная электронная почта или пароль")));
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(post("/login").param("email", "nobody@test.kozomol.kg").param("password", "whatever-123").with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPasswordThenBacksOff() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").param("email", user.email()).param("password", "wrong-" + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(post("/login").param("email", user.email()).param("password", "wrong-5").with(csrf()));
        mvc.perform(post("/login").param("email", user.email()).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Слишком много неудачных попыток")));
        long firstLockSeconds = lockSeconds(user.id());
        assertThat(firstLockSeconds).isBetween(55L, 61L);

        // After the lock expires, one more failure locks for twice as long.
        fixtures.jdbc().sql("update app_user set locked_until = now() - interval '1 second' where id = :id").param("id", user.id()).update();
        mvc.perform(post("/login").param("email", user.email()).param("password", "wrong-6").with(csrf()));
        assertThat(lockSeconds(user.id())).isBetween(115L, 121L);
        assertThat(fixtures.count("select count(*) from audit_event where action = 'LOCKED' and entity_id = '" + user.id() + "'"))
                .isEqualTo(2);
    }

    @Test
    void successfulLoginResetsTheFailureCount() throws Exception {
        UserAccount user = fixtures.user(Role.EXPERT);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("email", user.email()).param("password", "wrong-" + i).with(csrf()));
        }
        Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        assertThat(fixtures.count("select failed_logins from app_user where id = " + user.id())).isZero();
    }

    @Test
    void disabledAndInvitedAccountsCannotLogIn() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        fixtures.jdbc().sql("update app_user set status = 'DISABLED' where id = :id").param("id", user.id()).update();
        mvc.perform(post("/login").param("email", user.email()).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void sessionsAreStoredInPostgres() throws Exception {
        UserAccount user = fixtures.user(Role.COORDINATOR);
        Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        assertThat(fixtures.count("select count(*) from spring_session where principal_name = '" + user.email() + "'")).isEqualTo(1);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        mvc.perform(post("/login").param("email", user.email()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(fixtures.count("select count(*) from audit_event where action = 'LOGIN' and actor_id = " + user.id())).isZero();
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/dashboard").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void overLongAndEmptyCredentialsAreJustWrong() throws Exception {
        mvc.perform(post("/login").param("email", "x".repeat(10_000)).param("password", "").with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(post("/login").with(csrf())).andExpect(redirectedUrl("/login?error=bad"));
    }

    private long lockSeconds(long userId) {
        return fixtures.jdbc().sql("select extract(epoch from locked_until - now())::bigint from app_user where id = :id")
                .param("id", userId).query(Long.class).single();
    }

    static String csrfTokenIn(String html) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
