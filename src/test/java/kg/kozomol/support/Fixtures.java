package kg.kozomol.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;

/** Creates organisations and users through the real services, each with a unique name. */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organisations organisations;
    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    public Fixtures(ApplicationContext context) {
        this.organisations = context.getBean(Organisations.class);
        this.users = context.getBean(UserAccounts.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.tx = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
    }

    public Organisation organisation(OrganisationKind kind) {
        int n = SEQUENCE.incrementAndGet();
        return tx.execute(s -> organisations.create(
                new OrganisationDraft(kind, "Тестовая организация " + n, null, null, null, null, null, null, true), false));
    }

    public UserAccount user(Role role) {
        return user(role, organisation(role == Role.STATE_FOCAL_POINT ? OrganisationKind.STATE_BODY : OrganisationKind.CSO));
    }

    public UserAccount user(Role role, Organisation organisation) {
        int n = SEQUENCE.incrementAndGet();
        return tx.execute(s -> users.createActive("user" + n + "-" + role.name().toLowerCase() + "@test.kozomol.kg",
                "Тест Пользователь " + n, PASSWORD, List.of(new Membership(organisation.id(), role)), false));
    }

    /** Logs in through the real form and returns the session cookie. */
    public static Cookie login(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf())).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null || !"/dashboard".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login failed: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    public long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
