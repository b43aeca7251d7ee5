package kg.kozomol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;

@KozomolTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class FirstAdministratorIT {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    @org.junit.jupiter.api.Order(2)
    void createsTheFirstAdministratorFromTheEnvironmentOnceOnly() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        ApplicationRunner runner = runner("root@test.kozomol.kg", "a strong first password");
        runner.run(null);
        runner.run(null);
        assertThat(fixtures.count("select count(*) from app_user u join membership m on m.user_id = u.id "
                + "where u.email = 'root@test.kozomol.kg' and m.role = 'ADMIN'")).isEqualTo(1);
        Fixtures.login(mvc, "root@test.kozomol.kg", "a strong first password");

        runner("second@test.kozomol.kg", "another strong password").run(null);
        assertThat(fixtures.count("select count(*) from app_user where email = 'second@test.kozomol.kg'")).isZero();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aWeakPasswordCreatesNothing() throws Exception {
        runner("weak@test.kozomol.kg", "short").run(null);
        assertThat(new Fixtures(context).count("select count(*) from app_user where email = 'weak@test.kozomol.kg'")).isZero();
    }

    private ApplicationRunner runner(String email, String password) throws Exception {
        var type = Class.forName("kg.kozomol.identity.login.FirstAdministrator");
        var constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return (ApplicationRunner) constructor.newInstance(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class),
                context.getBean(Organisations.class), context.getBean(UserAccounts.class), email, password);
    }
}
