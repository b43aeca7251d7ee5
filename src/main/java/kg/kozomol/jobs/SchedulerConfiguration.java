package kg.kozomol.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** Builds the db-scheduler instance of this node: the job task plus one recurring task per {@link RecurringWork}. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulerConfiguration.class);

    @Bean
    JobRunner jobRunner(JobRows rows, List<JobHandler> handlers, JobsProperties properties) {
        return new JobRunner(rows, handlers, properties);
    }

    @Bean
    JobTask jobTask(JobRunner runner) {
        return new JobTask(runner);
    }

    /**
     * Schedules executions for {@link Jobs}. Through the proxy, scheduling joins the caller's Spring transaction:
     * a job row and its execution commit or roll back together.
     */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, JobTask jobTask) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), List.<Task<?>>of(jobTask)).build();
    }

    /**
     * A db-scheduler instance cannot be started again once stopped, so the lifecycle builds a fresh one on
     * every start (a context may be stopped and restarted, e.g. when test contexts are paused).
     */
    @Bean
    SchedulerLifecycle schedulerLifecycle(DataSource dataSource, JobTask jobTask, List<RecurringWork> recurringWork,
            JobsProperties properties) {
        return new SchedulerLifecycle(() -> scheduler(dataSource, jobTask, recurringWork, properties));
    }

    private static Scheduler scheduler(DataSource dataSource, JobTask jobTask, List<RecurringWork> recurringWork,
            JobsProperties properties) {
        DataSource transactional = new TransactionAwareDataSourceProxy(dataSource);
        List<RecurringTask<Void>> recurring = recurringWork.stream().map(SchedulerConfiguration::recurringTask).toList();
        // startTasks() registers the recurring tasks as known tasks too, and schedules them if missing.
        return Scheduler.create(transactional, List.<Task<?>>of(jobTask))
                .startTasks(recurring)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .shutdownMaxWait(properties.shutdownWait())
                .enableImmediateExecution()
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .failureLogging(LogLevel.WARN, true)
                .build();
    }

    private static RecurringTask<Void> recurringTask(RecurringWork work) {
        return Tasks.recurring("recurring:" + work.name(), Schedules.fixedDelay(work.every()))
                .execute((instance, context) -> {
                    try {
                        work.run();
                    } catch (Exception e) {
                        log.error("Recurring work '{}' failed; it runs again at its next occurrence", work.name(), e);
                    }
                });
    }

    /** Shown in {@code scheduled_tasks.picked_by}; unique per process so two nodes on one host are told apart. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
