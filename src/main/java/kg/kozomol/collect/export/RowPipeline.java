package kg.kozomol.collect.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Turns submissions into prepared rows on worker threads, a batch at a time, and writes the batches on the calling
 * thread in the order the submissions came: reading the XML and formatting the rows use every core while the cursor
 * and the writer stay on one thread. At most a few batches are in flight, so memory stays flat however many
 * submissions there are.
 */
final class RowPipeline<P> implements AutoCloseable {

    /** Writes one batch's prepared rows. */
    @FunctionalInterface
    interface Sink<P> {
        void write(P prepared) throws IOException;
    }

    static final int BATCH = 64;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Function<List<SubmissionExports.Exported>, P> prepare;
    private final Sink<P> sink;
    private final LongConsumer step;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Deque<Batch<P>> inFlight = new ArrayDeque<>();
    private List<SubmissionExports.Exported> batch = new ArrayList<>(BATCH);

    private record Batch<P>(Future<P> prepared, int submissions) {
    }

    /**
     * @param prepare runs on a worker thread, several at once
     * @param step told of each submission once its rows are written
     */
    RowPipeline(int threads, Function<List<SubmissionExports.Exported>, P> prepare, Sink<P> sink, LongConsumer step) {
        this.prepare = prepare;
        this.sink = sink;
        this.step = step;
        this.maxInFlight = threads * 2;
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "collect-export-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void add(SubmissionExports.Exported submission) throws IOException {
        batch.add(submission);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Writes whatever is still in flight. */
    void finish() throws IOException {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
    }

    private void submit() throws IOException {
        List<SubmissionExports.Exported> submissions = batch;
        batch = new ArrayList<>(BATCH);
        inFlight.add(new Batch<>(workers.submit(() -> prepare.apply(submissions)), submissions.size()));
        while (inFlight.size() > maxInFlight) {
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        Batch<P> oldest = inFlight.remove();
        try {
            sink.write(oldest.prepared().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            } else if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            } else if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (int i = 0; i < oldest.submissions(); i++) {
            step.accept(1);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
