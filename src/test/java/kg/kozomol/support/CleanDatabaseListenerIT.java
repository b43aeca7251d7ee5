package kg.kozomol.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work of a previous test class still running while the tables are emptied: it holds one table and then wants one a
 * plain {@code truncate} would already hold (the lock order that made PostgreSQL report "deadlock detected").
 */
@KozomolTest
class CleanDatabaseListenerIT {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void emptyingTheTablesWaitsForRunningWorkInsteadOfDeadlockingWithIt() throws Exception {
        List<String> tables = CleanDatabaseListener.tables(jdbc);
        String first = tables.get(0);
        String last = tables.get(tables.size() - 1);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> background = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            jdbc.sql("lock table " + last + " in row exclusive mode").update();
            holding.countDown();
            sleep(1500);
            jdbc.sql("lock table " + first + " in row exclusive mode").update();
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        CleanDatabaseListener.emptyTables(context);

        background.get(10, TimeUnit.SECONDS);
        assertThat(background).as("the running work was not chosen as a deadlock's victim either").isCompleted()
                .isNotCompletedExceptionally();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
