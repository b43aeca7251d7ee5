package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class PasswordResetIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
    }

    @Test
    void aForgottenPasswordIsResetThroughAOneTimeEmailedLink() throws Exception {
        UserAccount user = fixtures.user(Role.RESEARCHER);
        Cookie oldSession = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);
        mvc.perform(post("/password/forgot").param("email", user.email()).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Проверьте почту")));
        String token = InvitationIT.token(lastMailTo(user.email()));
        String logged = fixtures.jdbc().sql("select after_state::text from audit_event where entity_type = 'account_token' and entity_id = :id")
                .param("id", Long.toString(user.id())).query(String.class).single();
        assertThat(logged).contains("PASSWORD_RESET").doesNotContain(token);

        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/password/reset").param("token", token).param("password", user.email())
                .param("confirmation", user.email()).with(csrf())).andExpect(content().string(containsString("не должен совпадать")));
        mvc.perform(post("/password/reset").param("token", token).param("password", "brand new passphrase")
                .param("confirmation", "brand new passphrase").with(csrf())).andExpect(redirectedUrl("/login?reset"));

        Fixtures.login(mvc, user.email(), "brand new passphrase");
        mvc.perform(post("/login").param("email", user.email()).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
        // The reset ends sessions opened with the old password.
        mvc.perform(get("/dashboard").cookie(oldSession)).andExpect(status().is3xxRedirection());
        // The link is single use.
        mvc.perform(post("/password/reset").param("token", token).param("password", "another passphrase")
                .param("confirmation", "another passphrase").with(csrf())).andExpect(status().isGone());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        long mails = fixtures.count("select count(*) from mail_outbox");
        mvc.perform(post("/password/forgot").param("email", "ghost@test.kozomol.kg").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Проверьте почту")));
        assertThat(fixtures.count("select count(*) from mail_outbox")).isEqualTo(mails);
    }

    @Test
    void aMalformedAddressIsAFieldError() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "no-at-sign").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/password/forgot").param("email", "a@" + "b".repeat(300)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        UserAccount user = fixtures.user(Role.CODER);
        mvc.perform(post("/password/forgot").param("email", user.email()).with(csrf()));
        String token = InvitationIT.token(lastMailTo(user.email()));
        fixtures.jdbc().sql("update account_token set expires_at = now() - interval '1 second' where user_id = :id")
                .param("id", user.id()).update();
        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Срок действия ссылки истёк")));
    }

    @Test
    void aResetLiftsALockout() throws Exception {
        UserAccount user = fixtures.user(Role.EXPERT);
        fixtures.jdbc().sql("update app_user set failed_logins = 9, locked_until = now() + interval '1 hour' where id = :id")
                .param("id", user.id()).update();
        mvc.perform(post("/password/forgot").param("email", user.email()).with(csrf()));
        String token = InvitationIT.token(lastMailTo(user.email()));
        mvc.perform(post("/password/reset").param("token", token).param("password", "unlocked passphrase")
                .param("confirmation", "unlocked passphrase").with(csrf())).andExpect(redirectedUrl("/login?reset"));
        Fixtures.login(mvc, user.email(), "unlocked passphrase");
    }

    @Test
    void aResetLinkIsNotAnInvitationLink() throws Exception {
        UserAccount user = fixtures.user(Role.CODER);
        mvc.perform(post("/password/forgot").param("email", user.email()).with(csrf()));
        String token = InvitationIT.token(lastMailTo(user.email()));
        mvc.perform(get("/account/invitation").param("token", token)).andExpect(status().isGone());
    }

    private String lastMailTo(String email) {
        return fixtures.jdbc().sql("select body from mail_outbox where recipient = :to order by id desc limit 1")
                .param("to", email).query(String.class).single();
    }
}
