package kg.kozomol.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a running {@link JobHandler} knows about its job and how it reports back. */
public interface JobContext {

    UUID jobId();

    Map<String, Object> params();

    /** The user who submitted the job, if any. */
    Long createdBy();

    /** The state last given to {@link #saveCheckpoint}, when this run continues an interrupted one. */
    Optional<String> checkpoint();

    /** Reports progress; cheap to call often (writes are throttled). {@code total} may be unknown ({@code null}). */
    void progress(long done, Long total);

    /** Persists the state to continue from, and the progress reached, immediately. */
    void saveCheckpoint(String state, long done);

    /** True when this node is shutting down: save a checkpoint and return; the job continues elsewhere or later. */
    boolean shouldStop();

    /** The file people may download when the job has succeeded. */
    void setResultFile(UUID fileId);
}
