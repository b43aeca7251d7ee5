package kg.kozomol.collect;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows every phone request reads (its app user, the form it names), kept in memory as last committed. Only found rows
 * are kept, so an unknown key can neither fill the memory nor be remembered as absent. A change to a row calls
 * {@link #invalidate} in its transaction; the entry goes when that transaction has committed, so no reader can put
 * back the state from before it: a read that overlaps an invalidation is used once and not kept.
 */
final class CommittedCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    /** Counts invalidations: a read that saw it change while it went to the database keeps nothing. */
    private final AtomicLong invalidations = new AtomicLong();
    private final int maxEntries;

    CommittedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The cached value, or the one {@code load} reads (kept when found and no invalidation overlapped the read). */
    Optional<V> get(K key, Function<K, Optional<V>> load) {
        V cached = entries.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = invalidations.get();
        Optional<V> loaded = load.apply(key);
        if (loaded.isPresent() && entries.size() < maxEntries) {
            entries.put(key, loaded.get());
            // Checked after the put: an invalidation counted since the read removes this entry itself or is seen here.
            if (invalidations.get() != before) {
                entries.remove(key);
            }
        }
        return loaded;
    }

    /** Forgets the key once the current transaction commits (at once when none is active). */
    void invalidate(K key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(key);
                }
            });
        } else {
            forget(key);
        }
    }

    /** Forgets every row. */
    void clear() {
        invalidations.incrementAndGet();
        entries.clear();
    }

    private void forget(K key) {
        invalidations.incrementAndGet();
        entries.remove(key);
    }
}
