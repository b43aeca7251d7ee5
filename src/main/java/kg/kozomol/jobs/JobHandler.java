package kg.kozomol.jobs;

/**
 * Does the work of one type of job; a feature declares it as a bean. A handler may be stopped (when its node shuts
 * down) and run again on another node, so it should save checkpoints and continue from {@link JobContext#checkpoint()}.
 */
public interface JobHandler {

    /** The type submitted with {@link Jobs#submit}; people see it through the message key {@code jobs.type.<type>}. */
    String type();

    /**
     * Returning normally marks the job SUCCEEDED, unless it returned because {@link JobContext#shouldStop()} said so.
     * Throw {@link JobFailedException} to fail with a message for the user; anything else fails as unexpected.
     */
    void run(JobContext context) throws Exception;
}
