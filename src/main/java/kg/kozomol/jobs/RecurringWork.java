package kg.kozomol.jobs;

import java.time.Duration;

/**
 * Work repeated at a fixed delay, such as delivering the e-mail outbox. Each occurrence runs on exactly one node of
 * the cluster. A failed run is logged and tried again at the next occurrence.
 */
public interface RecurringWork {

    /** Unique and stable: it names the schedule in the database. */
    String name();

    Duration every();

    void run() throws Exception;
}
