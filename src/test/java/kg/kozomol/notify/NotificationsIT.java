package kg.kozomol.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class NotificationsIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate tx;

    @Test
    void aNoticeAppearsInTheCentreAndAsAnEmailInTheRecipientsLanguage() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        UserAccount user = fixtures.user(Role.STATE_FOCAL_POINT);
        tx.executeWithoutResult(s -> notifications.notify(new Notice(user.id(), user.email(), "ky", "demo.notice.welcome",
                List.of("Тест"), "/account")));
        Cookie session = Fixtures.login(mvc, user.email(), Fixtures.PASSWORD);

        mvc.perform(get("/dashboard").cookie(session)).andExpect(content().string(containsString("class=\"badge\"")));
        mvc.perform(get("/notifications").cookie(session))
                .andExpect(content().string(containsString("Добро пожаловать в демонстрационную версию Көзөмөл, Тест!")));
        String mail = fixtures.jdbc().sql("select subject || ' ' || body from mail_outbox where recipient = :to")
                .param("to", user.email()).query(String.class).single();
        assertThat(mail).contains("Көзөмөлдүн демонстрациялык версиясына").contains("http://localhost:8080/account");

        long id = fixtures.count("select id from notification where user_id = " + user.id());
        mvc.perform(post("/notifications/" + id + "/open").cookie(session).with(csrf())).andExpect(redirectedUrl("/account"));
        assertThat(notifications.countFor(user.id())).isZero();
        mvc.perform(get("/dashboard").cookie(session)).andExpect(content().string(not(containsString("class=\"badge\""))));
    }

    @Test
    void nobodyCanReadOrMarkAnotherUsersNotifications() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        UserAccount owner = fixtures.user(Role.RESEARCHER);
        UserAccount other = fixtures.user(Role.RESEARCHER);
        tx.executeWithoutResult(s -> notifications.notify(new Notice(owner.id(), null, "ru", "demo.notice.welcome", List.of("Секрет"), "/account")));
        long id = fixtures.count("select id from notification where user_id = " + owner.id());
        Cookie session = Fixtures.login(mvc, other.email(), Fixtures.PASSWORD);
        mvc.perform(get("/notifications").cookie(session)).andExpect(content().string(not(containsString("Секрет"))));
        mvc.perform(post("/notifications/" + id + "/open").cookie(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.countFor(owner.id())).isEqualTo(1);
    }

    @Test
    void theAdminOutboxShowsCapturedMail() throws Exception {
        tx.executeWithoutResult(s -> context.getBean(Mailer.class).send(new OutgoingMail("someone@test.kozomol.kg", "Тема письма", "Текст письма")));
        mvc.perform(get("/admin/outbox").param("recipient", "someone@test.kozomol.kg").with(TestUsers.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Тема письма"))).andExpect(content().string(containsString("Текст письма")))
                .andExpect(content().string(containsString("перехвачено")));
    }
}
