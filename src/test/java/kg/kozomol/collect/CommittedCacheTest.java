package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CommittedCacheTest {

    final CommittedCache<String, String> cache = new CommittedCache<>(10);
    final AtomicInteger reads = new AtomicInteger();

    Optional<String> read(String key, String value) {
        return cache.get(key, k -> {
            reads.incrementAndGet();
            return Optional.ofNullable(value);
        });
    }

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void keepsFoundRowsAndNeverRemembersAnAbsentOne() {
        assertThat(read("a", "1")).contains("1");
        assertThat(read("a", "changed")).contains("1");
        assertThat(read("missing", null)).isEmpty();
        assertThat(read("missing", null)).isEmpty();
        assertThat(reads).hasValue(3);
    }

    @Test
    void aChangeIsSeenOnceItsTransactionHasCommitted() {
        read("a", "1");
        TransactionSynchronizationManager.initSynchronization();
        cache.invalidate("a");
        assertThat(read("a", "uncommitted")).as("until the commit, others see the committed row").contains("1");
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(read("a", "2")).contains("2");
        assertThat(read("a", "3")).contains("2");
    }

    @Test
    void aReadThatOverlapsAnInvalidationIsUsedButNotKept() {
        // The read saw the row before the change committed; the invalidation came while it was on its way back.
        assertThat(cache.get("a", k -> {
            cache.invalidate("a");
            return Optional.of("stale");
        })).contains("stale");
        assertThat(read("a", "fresh")).contains("fresh");
    }

    @Test
    void stopsKeepingWhenFull() {
        for (int i = 0; i < 10; i++) {
            read("k" + i, "v");
        }
        read("k10", "v");
        read("k10", "v");
        assertThat(reads).hasValue(12);
    }
}
