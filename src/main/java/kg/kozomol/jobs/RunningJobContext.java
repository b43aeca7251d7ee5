package kg.kozomol.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** One run of one job. Progress is kept in memory and written at most every {@code progressInterval}. */
final class RunningJobContext implements JobContext {

    private final UUID jobId;
    private final JobRows.Started started;
    private final JobRows rows;
    private final BooleanSupplier stopping;
    private final long intervalNanos;

    private String checkpoint;
    private long done;
    private Long total;
    private boolean dirty;
    private long lastWrite;
    private boolean stopSeen;

    RunningJobContext(UUID jobId, JobRows.Started started, JobRows rows, BooleanSupplier stopping, Duration progressInterval) {
        this.jobId = jobId;
        this.started = started;
        this.rows = rows;
        this.stopping = stopping;
        this.intervalNanos = progressInterval.toNanos();
        this.checkpoint = started.checkpoint();
        this.lastWrite = System.nanoTime();
    }

    @Override
    public UUID jobId() {
        return jobId;
    }

    @Override
    public Map<String, Object> params() {
        return started.params();
    }

    @Override
    public Long createdBy() {
        return started.createdBy();
    }

    @Override
    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    @Override
    public void progress(long done, Long total) {
        this.done = done;
        this.total = total;
        this.dirty = true;
        if (System.nanoTime() - lastWrite >= intervalNanos) {
            flush();
        }
    }

    @Override
    public void saveCheckpoint(String state, long done) {
        rows.checkpoint(jobId, state, done);
        this.checkpoint = state;
        this.done = done;
        if (dirty) {
            flush();
        }
    }

    @Override
    public boolean shouldStop() {
        if (stopping.getAsBoolean()) {
            stopSeen = true;
        }
        return stopSeen;
    }

    @Override
    public void setResultFile(UUID fileId) {
        rows.resultFile(jobId, fileId);
    }

    /** The handler was told to stop; if it then returns, it has not finished. */
    boolean stoppedEarly() {
        return stopSeen;
    }

    void flush() {
        if (dirty) {
            rows.progress(jobId, done, total);
            dirty = false;
            lastWrite = System.nanoTime();
        }
    }
}
