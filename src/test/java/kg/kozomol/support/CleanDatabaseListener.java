package kg.kozomol.support;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import kg.kozomol.platform.RowCache;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties every table (but Flyway's history, the scheduler's recurring tasks and seeded reference data) before each test class,
 * and makes the beans that keep rows in memory forget them.
 */
public class CleanDatabaseListener extends AbstractTestExecutionListener {

    /** Reference data seeded by migrations survives, like Flyway's own history. */
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "scheduled_tasks", "sdg_target");

    @Override
    public void beforeTestClass(TestContext context) {
        beforeTestMethod(context);
        JdbcClient jdbc = context.getApplicationContext().getBean(JdbcClient.class);
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class).list().stream().filter(t -> !KEPT.contains(t)).toList();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate " + String.join(", ", tables) + " restart identity cascade").update();
        }
        jdbc.sql("delete from scheduled_tasks where task_name = 'job'").update();
        context.getApplicationContext().getBeansOfType(RowCache.class).values().forEach(RowCache::forgetAll);
    }

    /** A signed-in test principal must never carry over into the next test. */
    @Override
    public void beforeTestMethod(TestContext context) {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Override
    public int getOrder() {
        return 5000;
    }
}
