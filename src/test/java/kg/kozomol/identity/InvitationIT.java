package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class InvitationIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    Fixtures fixtures;
    Cookie admin;
    Organisation cso;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new Fixtures(context);
        UserAccount adminUser = fixtures.user(Role.ADMIN);
        admin = Fixtures.login(mvc, adminUser.email(), Fixtures.PASSWORD);
        cso = fixtures.organisation(OrganisationKind.CSO);
    }

    @Test
    void adminInvitesAUserWhoSetsAPasswordThroughTheEmailedLinkAndLogsIn() throws Exception {
        String email = "new.person@test.kozomol.kg";
        invite(email, "Асель Тестова", "ky").andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from app_user where email = '" + email + "' and status = 'INVITED'")).isEqualTo(1);

        String mail = lastMailTo(email);
        assertThat(mail).contains("Асель Тестова").contains("Көзөмөл").contains("/account/invitation?token=");
        String token = token(mail);

        mvc.perform(get("/account/invitation").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/account/invitation").param("token", token).param("password", "short").param("confirmation", "short").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/account/invitation").param("token", token).param("password", "a long enough phrase")
                        .param("confirmation", "a different phrase!").with(csrf()))
                .andExpect(content().string(containsString("Пароли не совпадают")));
        mvc.perform(post("/account/invitation").param("token", token).param("password", "a long enough phrase")
                        .param("confirmation", "a long enough phrase").with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures.count("select count(*) from app_user where email = '" + email + "' and status = 'ACTIVE'")).isEqualTo(1);
        Fixtures.login(mvc, email, "a long enough phrase");
    }

    @Test
    void anInvitationLinkWorksOnlyOnce() throws Exception {
        String email = "once@test.kozomol.kg";
        invite(email, "Один Раз", "ru");
        String token = token(lastMailTo(email));
        accept(token).andExpect(status().is3xxRedirection());
        accept(token).andExpect(status().isGone()).andExpect(content().string(containsString("больше не работает")));
        mvc.perform(get("/account/invitation").param("token", token)).andExpect(status().isGone());
    }

    @Test
    void anExpiredInvitationLinkIsRefused() throws Exception {
        String email = "late@test.kozomol.kg";
        invite(email, "Опоздавший", "ru");
        String token = token(lastMailTo(email));
        fixtures.jdbc().sql("update account_token set expires_at = now() - interval '1 minute'").update();
        mvc.perform(get("/account/invitation").param("token", token)).andExpect(status().isGone());
        accept(token).andExpect(status().isGone());
        assertThat(fixtures.count("select count(*) from app_user where email = '" + email + "' and status = 'INVITED'")).isEqualTo(1);
    }

    @Test
    void resendingAnInvitationInvalidatesTheOldLink() throws Exception {
        String email = "resend@test.kozomol.kg";
        invite(email, "Повтор", "ru");
        String first = token(lastMailTo(email));
        long id = fixtures.count("select id from app_user where email = '" + email + "'");
        mvc.perform(post("/admin/users/" + id + "/resend-invitation").cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        String second = token(lastMailTo(email));
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/account/invitation").param("token", first)).andExpect(status().isGone());
        mvc.perform(get("/account/invitation").param("token", second)).andExpect(status().isOk());
    }

    @Test
    void aGarbageTokenGetsTheLocalisedInvalidLinkPage() throws Exception {
        mvc.perform(get("/account/invitation").param("token", "<script>alert(1)</script>")).andExpect(status().isGone())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/account/invitation")).andExpect(status().isGone());
    }

    @Test
    void aDuplicateEmailIsAFieldErrorAndNoSecondAccount() throws Exception {
        invite("twice@test.kozomol.kg", "Первый", "ru").andExpect(status().is3xxRedirection());
        invite("TWICE@test.kozomol.kg", "Второй", "ru").andExpect(status().isOk())
                .andExpect(content().string(containsString("Пользователь с таким адресом уже зарегистрирован")));
        assertThat(fixtures.count("select count(*) from app_user where lower(email) = 'twice@test.kozomol.kg'")).isEqualTo(1);
    }

    @Test
    void emptyOverLongAndMalformedFieldsAreRejectedWithoutCreatingAnything() throws Exception {
        long before = fixtures.count("select count(*) from app_user");
        long mails = fixtures.count("select count(*) from mail_outbox");
        invite("", "", "ru").andExpect(status().isOk()).andExpect(content().string(containsString("Заполните это поле")));
        invite("not-an-email", "Имя", "ru").andExpect(content().string(containsString("name@example.kg")));
        invite("long@test.kozomol.kg", "Я".repeat(201), "ru").andExpect(content().string(containsString("Слишком длинное")));
        invite("lang@test.kozomol.kg", "Имя", "fr").andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("email", "x@test.kozomol.kg").param("fullName", "X")
                .param("organisationId", "999999").param("role", "RESEARCHER").param("language", "ru")).andExpect(status().isOk());
        mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("email", "y@test.kozomol.kg").param("fullName", "Y")
                .param("organisationId", "abc").param("role", "KING").param("language", "ru")).andExpect(status().isOk());
        assertThat(fixtures.count("select count(*) from app_user")).isEqualTo(before);
        assertThat(fixtures.count("select count(*) from mail_outbox")).isEqualTo(mails);
    }

    @Test
    void htmlInANameIsShownEscaped() throws Exception {
        invite("xss@test.kozomol.kg", "<img src=x onerror=alert(1)>", "ru").andExpect(status().is3xxRedirection());
        long id = fixtures.count("select id from app_user where email = 'xss@test.kozomol.kg'");
        mvc.perform(get("/admin/users/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    private org.springframework.test.web.servlet.ResultActions invite(String email, String name, String language) throws Exception {
        return mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("email", email).param("fullName", name)
                .param("organisationId", Long.toString(cso.id())).param("role", "RESEARCHER").param("language", language));
    }

    private org.springframework.test.web.servlet.ResultActions accept(String token) throws Exception {
        return mvc.perform(post("/account/invitation").param("token", token).param("password", "a long enough phrase")
                .param("confirmation", "a long enough phrase").with(csrf()));
    }

    private String lastMailTo(String email) {
        return fixtures.jdbc().sql("select body from mail_outbox where recipient = :to order by id desc limit 1")
                .param("to", email).query(String.class).single();
    }

    static String token(String mail) {
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
