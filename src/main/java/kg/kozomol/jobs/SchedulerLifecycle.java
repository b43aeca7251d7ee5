package kg.kozomol.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler once the context (and so the Flyway migration) is ready, and stops it before any bean is
 * destroyed, so running jobs can still write their checkpoints to the database. Stopping waits at most
 * {@code kozomol.jobs.shutdown-wait}; a job still running after that is revived by another node as dead.
 */
class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        try {
            scheduler.stop();
        } finally {
            running = false;
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
