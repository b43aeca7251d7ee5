package kg.kozomol.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;

/** Submits background jobs and reads their state. */
@Service
public class Jobs {

    private final JobRows rows;
    private final SchedulerClient scheduler;
    private final SchedulerLifecycle lifecycle;
    private final JobTask task;
    private final JobRunner runner;
    private final AuditLog audit;

    Jobs(JobRows rows, SchedulerClient scheduler, SchedulerLifecycle lifecycle, JobTask task, JobRunner runner, AuditLog audit) {
        this.rows = rows;
        this.scheduler = scheduler;
        this.lifecycle = lifecycle;
        this.task = task;
        this.runner = runner;
        this.audit = audit;
    }

    /**
     * Queues a job in the caller's transaction: if that rolls back, neither the job nor its execution exists.
     *
     * @param params JSON-compatible values the handler reads back
     * @throws IllegalArgumentException when no handler knows the type
     */
    @Transactional
    public UUID submit(String type, Map<String, Object> params, Long createdBy) {
        if (type == null || !runner.knows(type)) {
            throw new IllegalArgumentException("No job handler for type " + type);
        }
        UUID id = UUID.randomUUID();
        rows.insert(id, type, params == null ? Map.of() : params, createdBy);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", type);
        after.put("createdBy", createdBy);
        audit.created("job", id, after);
        scheduler.schedule(task.instance(id.toString()), Instant.now());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Saves waiting for the next poll; the execution was not visible before the commit.
                lifecycle.checkNow();
            }
        });
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<JobView> find(UUID id) {
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public List<JobView> recentFor(long userId, int limit) {
        return rows.recentFor(userId, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)));
    }

    @Transactional(readOnly = true)
    public PageOf<JobView> all(PageRequest page) {
        return new PageOf<>(rows.page(page.offset(), page.size()), page.page(), page.size(), rows.count());
    }
}
