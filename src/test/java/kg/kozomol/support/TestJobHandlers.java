package kg.kozomol.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobFailedException;
import kg.kozomol.jobs.JobHandler;
import kg.kozomol.jobs.RecurringWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Job handlers for tests, loaded by every test context (they only run for jobs of the {@code test.*} types).
 * State is static so that tests starting several application contexts can follow one job across them.
 */
@Configuration(proxyBeanMethods = false)
public class TestJobHandlers {

    public static final String COUNT = "test.count";
    public static final String FAIL = "test.fail";
    public static final String CRASH = "test.crash";
    public static final String FAILURE_KEY = "jobs.test.failure";

    /** Steps each job executed, in order, over all its runs. */
    public static final Map<UUID, List<Integer>> STEPS = new ConcurrentHashMap<>();
    /** The first step of each run of each job. */
    public static final Map<UUID, List<Integer>> RUNS_FROM = new ConcurrentHashMap<>();
    public static final AtomicInteger RECURRING_RUNS = new AtomicInteger();

    /** Counts to {@code n}, sleeping {@code delayMs} per step; checkpoints every 5 steps and when told to stop. */
    @Bean
    JobHandler countingJobHandler() {
        return new JobHandler() {
            @Override
            public String type() {
                return COUNT;
            }

            @Override
            public void run(JobContext context) throws Exception {
                int n = ((Number) context.params().get("n")).intValue();
                long delay = ((Number) context.params().getOrDefault("delayMs", 0)).longValue();
                int from = context.checkpoint().map(Integer::parseInt).orElse(0) + 1;
                RUNS_FROM.computeIfAbsent(context.jobId(), id -> new CopyOnWriteArrayList<>()).add(from);
                List<Integer> steps = STEPS.computeIfAbsent(context.jobId(), id -> new CopyOnWriteArrayList<>());
                for (int step = from; step <= n; step++) {
                    if (context.shouldStop()) {
                        context.saveCheckpoint(Integer.toString(step - 1), step - 1);
                        return;
                    }
                    Thread.sleep(delay);
                    steps.add(step);
                    context.progress(step, (long) n);
                    if (step % 5 == 0) {
                        context.saveCheckpoint(Integer.toString(step), step);
                    }
                }
            }
        };
    }

    @Bean
    JobHandler failingJobHandler() {
        return new JobHandler() {
            @Override
            public String type() {
                return FAIL;
            }

            @Override
            public void run(JobContext context) throws Exception {
                context.progress(1, 2L);
                throw new JobFailedException(FAILURE_KEY, "row 7");
            }
        };
    }

    @Bean
    JobHandler crashingJobHandler() {
        return new JobHandler() {
            @Override
            public String type() {
                return CRASH;
            }

            @Override
            public void run(JobContext context) {
                throw new IllegalStateException("boom (expected by the test)");
            }
        };
    }

    @Bean
    RecurringWork testRecurringWork() {
        return new RecurringWork() {
            @Override
            public String name() {
                return "test-counter";
            }

            @Override
            public Duration every() {
                return Duration.ofMillis(300);
            }

            @Override
            public void run() {
                RECURRING_RUNS.incrementAndGet();
            }
        };
    }
}
