package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Items pass from the producer's thread to the caller's in order; a failure on either side stops both. */
class HandoverTest {

    @Test
    void everyItemArrivesInOrderOnTheCallingThread() {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Handover.<Integer>run("test", 2, out -> {
            for (int i = 0; i < 1000; i++) {
                out.accept(i);
            }
        }, item -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(item);
        });
        assertThat(seen).hasSize(1000).isSorted();
    }

    @Test
    void aProducerFailureComesOutOnTheCallingThreadAfterWhatCameBefore() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> Handover.<Integer>run("test", 2, out -> {
            out.accept(1);
            throw new IOException("unreadable");
        }, seen::add)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("unreadable");
        assertThat(seen).containsExactly(1);
    }

    @Test
    void aConsumerFailureStopsTheProducer() {
        AtomicInteger produced = new AtomicInteger();
        assertThatThrownBy(() -> Handover.<Integer>run("test", 2, out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.accept(i);
                produced.incrementAndGet();
            }
        }, item -> {
            if (item == 5) {
                throw new IllegalStateException("rolled back");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("rolled back");
        assertThat(produced.get()).isLessThan(20);
    }
}
