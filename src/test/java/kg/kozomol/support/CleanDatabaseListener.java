package kg.kozomol.support;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import kg.kozomol.platform.RowCache;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties every table (but Flyway's history, the scheduler's recurring tasks and seeded reference data) before each test class,
 * and makes the beans that keep rows in memory forget them.
 */
public class CleanDatabaseListener extends AbstractTestExecutionListener {

    /** Reference data seeded by migrations survives, like Flyway's own history. */
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "scheduled_tasks", "sdg_target");
    private static final long GIVE_UP_MILLIS = 60_000;
    /** lock_not_available (what NOWAIT answers) and deadlock_detected: the tables are busy, try again. */
    private static final Set<String> BUSY = Set.of("55P03", "40P01");

    @Override
    public void beforeTestClass(TestContext context) {
        beforeTestMethod(context);
        emptyTables(context.getApplicationContext());
    }

    static void emptyTables(ApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> tables = tables(jdbc);
        if (!tables.isEmpty()) {
            truncate(jdbc, new TransactionTemplate(app.getBean(PlatformTransactionManager.class)), String.join(", ", tables));
        }
        jdbc.sql("delete from scheduled_tasks where task_name = 'job'").update();
        app.getBeansOfType(RowCache.class).values().forEach(RowCache::forgetAll);
    }

    /** The tables emptied, in the order a plain truncation would lock them. */
    static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class).list().stream().filter(t -> !KEPT.contains(t)).toList();
    }

    /**
     * Why not a plain {@code truncate … cascade}: it takes its ACCESS EXCLUSIVE locks one table after another and waits
     * at each. Work of the previous class can still be running when the next one starts (a background job, an import's
     * writer, the db-scheduler's recurring work, a browser test's last request), and such a transaction locks its tables
     * in its own order, e.g. a child row first and then its parent for the foreign key check. When the truncation holds
     * the parent and waits for the child while that transaction holds the child and waits for the parent, PostgreSQL
     * reports "deadlock detected" and, now and then, cancels the truncation. So all the locks are taken first with
     * NOWAIT: the truncation never waits while holding a lock, so it can be in no cycle. If any table is busy, the
     * transaction rolls back (releasing what it took) and tries again shortly, until that work has committed.
     */
    private static void truncate(JdbcClient jdbc, TransactionTemplate transaction, String tables) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (true) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("lock table " + tables + " in access exclusive mode nowait").update();
                    jdbc.sql("truncate " + tables + " restart identity cascade").update();
                });
                return;
            } catch (DataAccessException busy) {
                if (!BUSY.contains(sqlState(busy)) || System.currentTimeMillis() > giveUp) {
                    throw busy;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    private static String sqlState(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
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
