package kg.kozomol.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one execution of a job with its handler and records the outcome in the job's row. */
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    static final String UNEXPECTED = "jobs.error.unexpected";
    static final String UNKNOWN_TYPE = "jobs.error.unknownType";
    static final String ABANDONED = "jobs.error.abandoned";

    private final JobRows rows;
    private final Map<String, JobHandler> handlers;
    private final JobsProperties properties;

    JobRunner(JobRows rows, List<JobHandler> handlers, JobsProperties properties) {
        this.rows = rows;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::type, Function.identity()));
        this.properties = properties;
    }

    boolean knows(String type) {
        return handlers.containsKey(type);
    }

    /** @return true when the job is over (succeeded, failed or gone); false when it must run again to finish */
    boolean run(UUID jobId, BooleanSupplier stopping) {
        Optional<JobRows.Started> start = rows.start(jobId);
        if (start.isEmpty()) {
            log.info("Job {} is finished or gone; dropping its execution", jobId);
            return true;
        }
        String type = start.get().type();
        if (start.get().attempts() > properties.maxAttempts()) {
            // A job that keeps taking its node down (and so is revived again and again) must not do so forever.
            log.error("Job {} ({}) abandoned after {} attempts", jobId, type, properties.maxAttempts());
            rows.failed(jobId, ABANDONED, List.of());
            return true;
        }
        JobHandler handler = handlers.get(type);
        if (handler == null) {
            log.error("Job {} has type '{}' which no handler on this node knows", jobId, type);
            rows.failed(jobId, UNKNOWN_TYPE, List.of());
            return true;
        }
        RunningJobContext context = new RunningJobContext(jobId, start.get(), rows, stopping, properties.progressInterval());
        try {
            handler.run(context);
        } catch (JobFailedException e) {
            context.flush();
            rows.failed(jobId, e.messageKey(), e.args());
            log.info("Job {} ({}) failed: {}", jobId, type, e.messageKey());
            return true;
        } catch (InterruptedException e) {
            // The node is going down hard; the database calls below need the flag cleared to get a connection.
            Thread.interrupted();
            try {
                return stoppedEarly(jobId, type, context);
            } finally {
                Thread.currentThread().interrupt();
            }
        } catch (Exception e) {
            // Parameters are not logged: they may hold personal data.
            log.error("Job {} ({}) failed unexpectedly", jobId, type, e);
            context.flush();
            rows.failed(jobId, UNEXPECTED, List.of());
            return true;
        }
        if (context.stoppedEarly()) {
            return stoppedEarly(jobId, type, context);
        }
        context.flush();
        rows.succeeded(jobId);
        return true;
    }

    private boolean stoppedEarly(UUID jobId, String type, RunningJobContext context) {
        context.flush();
        rows.requeued(jobId);
        log.info("Job {} ({}) stopped for shutdown; it will continue from its checkpoint", jobId, type);
        return false;
    }
}
