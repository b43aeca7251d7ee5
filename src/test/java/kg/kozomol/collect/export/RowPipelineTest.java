package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Batches made on worker threads are written in the order the submissions came, each submission counted once. */
class RowPipelineTest {

    static SubmissionExports.Exported submission(long id) {
        return new SubmissionExports.Exported(id, "uuid:" + id, Instant.EPOCH, "RECEIVED", null, "1", null, new byte[0]);
    }

    @Test
    void writesBatchesInCursorOrderWhateverOrderTheWorkersFinishIn() throws Exception {
        List<Long> written = new ArrayList<>();
        AtomicLong steps = new AtomicLong();
        int count = RowPipeline.BATCH * 20 + 7;
        try (RowPipeline<List<Long>> pipeline = new RowPipeline<>(3, batch -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return batch.stream().map(SubmissionExports.Exported::id).toList();
        }, written::addAll, n -> steps.addAndGet(n))) {
            for (long id = 0; id < count; id++) {
                pipeline.add(submission(id));
            }
            pipeline.finish();
        }
        assertThat(written).hasSize(count).isSorted().doesNotHaveDuplicates();
        assertThat(steps).hasValue(count);
    }

    @Test
    void aFailedBatchOrWriteStopsTheExportWithItsOwnException() {
        assertThatThrownBy(() -> {
            try (RowPipeline<String> pipeline = new RowPipeline<>(2, batch -> {
                throw new IllegalArgumentException("unreadable stored submission");
            }, prepared -> {
            }, n -> {
            })) {
                pipeline.add(submission(1));
                pipeline.finish();
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable stored submission");
        assertThatThrownBy(() -> {
            try (RowPipeline<String> pipeline = new RowPipeline<>(2, batch -> {
                throw new UncheckedIOException(new IOException("disk full"));
            }, prepared -> {
            }, n -> {
            })) {
                pipeline.add(submission(1));
                pipeline.finish();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> {
            try (RowPipeline<String> pipeline = new RowPipeline<>(2, batch -> "rows", prepared -> {
                throw new IOException("client went away");
            }, n -> {
            })) {
                for (long id = 0; id < RowPipeline.BATCH * 10; id++) {
                    pipeline.add(submission(id));
                }
            }
        }).isInstanceOf(IOException.class).hasMessage("client went away");
    }
}
