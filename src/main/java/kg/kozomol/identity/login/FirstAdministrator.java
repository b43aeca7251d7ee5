package kg.kozomol.identity.login;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationDraft;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.PasswordPolicy;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;

/**
 * On a fresh production database nobody could sign in to invite anyone. When KOZOMOL_ADMIN_EMAIL and
 * KOZOMOL_ADMIN_PASSWORD are set and no administrator exists yet, this creates one.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Organisations organisations;
    private final UserAccounts users;
    private final String email;
    private final String password;

    FirstAdministrator(JdbcClient jdbc, TransactionTemplate transaction, Organisations organisations, UserAccounts users,
            @Value("${kozomol.admin.email:}") String email, @Value("${kozomol.admin.password:}") String password) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.users = users;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        boolean adminExists = jdbc.sql("select exists (select 1 from membership where role = 'ADMIN')").query(Boolean.class).single();
        if (adminExists) {
            return;
        }
        var problem = PasswordPolicy.violation(password, email);
        if (problem.isPresent()) {
            log.error("KOZOMOL_ADMIN_PASSWORD breaks the password policy ({}); no administrator created", problem.get());
            return;
        }
        transaction.executeWithoutResult(status -> {
            Organisation operator = organisations.ofKind(OrganisationKind.COORDINATOR).stream().findFirst()
                    .orElseGet(() -> organisations.create(new OrganisationDraft(OrganisationKind.COORDINATOR,
                            "Оператор платформы Көзөмөл", "Көзөмөл платформасынын оператору", "Kozomol platform operator",
                            null, null, null, null, true), false));
            users.createActive(email, "Administrator", password, List.of(new Membership(operator.id(), Role.ADMIN)), false);
        });
        log.info("Created the first administrator account");
    }
}
