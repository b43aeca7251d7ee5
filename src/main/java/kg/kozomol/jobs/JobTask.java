package kg.kozomol.jobs;

import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The single db-scheduler task behind all jobs: one execution per job, its instance id being the job id.
 * An execution left by a dead node (stale heartbeat) is revived and picked again, and the handler resumes from
 * its checkpoint; a run stopped by shutdown is rescheduled for now so another node, or the next start, continues it.
 */
class JobTask extends AbstractTask<Void> {

    static final String NAME = "job";

    private final JobRunner runner;

    JobTask(JobRunner runner) {
        // The runner records handler failures itself; a failure reaching db-scheduler is one of our own bookkeeping
        // (such as the database being away for a moment), worth another try.
        super(NAME, Void.class, new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.runner = runner;
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id) {
        return SchedulableInstance.of(instance(id), Instant.now());
    }

    @Override
    public SchedulableInstance<Void> schedulableInstance(String id, Void data) {
        return schedulableInstance(id);
    }

    @Override
    public CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        boolean over = runner.run(UUID.fromString(instance.getId()), () -> context.getSchedulerState().isShuttingDown());
        if (over) {
            return (complete, operations) -> operations.remove();
        }
        return (complete, operations) -> operations.reschedule(complete, Instant.now());
    }
}
