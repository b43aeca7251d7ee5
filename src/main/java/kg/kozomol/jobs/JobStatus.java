package kg.kozomol.jobs;

public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
