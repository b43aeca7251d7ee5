package kg.kozomol.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job as people follow it. */
public record JobView(UUID id, String type, JobStatus status, long progressDone, Long progressTotal, UUID resultFileId,
        String errorKey, List<String> errorArgs, int attempts, Long createdBy, Instant createdAt, Instant startedAt,
        Instant finishedAt, Instant updatedAt) {

    public boolean active() {
        return status.active();
    }

    public boolean hasTotal() {
        return progressTotal != null && progressTotal > 0;
    }

    public Object[] errorArgsArray() {
        return errorArgs == null ? new Object[0] : errorArgs.toArray();
    }
}
