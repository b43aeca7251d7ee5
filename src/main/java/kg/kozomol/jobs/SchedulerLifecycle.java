package kg.kozomol.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler once the context (and so the Flyway migration) is ready, and stops it before any bean is
 * destroyed, so running jobs can still write their checkpoints to the database. Stopping waits at most
 * {@code kozomol.jobs.shutdown-wait}; a job still running after that is revived by another node as dead.
 */
class SchedulerLifecycle implements SmartLifecycle {

    private final Supplier<Scheduler> factory;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    SchedulerLifecycle(Supplier<Scheduler> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized void start() {
        scheduler = factory.get();
        scheduler.start();
        running = true;
    }

    @Override
    public synchronized void stop() {
        try {
            if (scheduler != null) {
                scheduler.stop();
            }
        } finally {
            running = false;
        }
    }

    /** Asks the running scheduler to look for due executions now instead of at its next poll. */
    void checkNow() {
        Scheduler current = scheduler;
        if (running && current != null) {
            current.triggerCheckForDueExecutions();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first (highest phase), before the web server and everything else. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE;
    }
}
