package kg.kozomol.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param threads jobs run at once on this node
 * @param pollingInterval how often this node looks for due work
 * @param heartbeatInterval how often running work proves its node alive; several missed ones make it dead
 * @param shutdownWait how long a stopping node waits for running jobs to checkpoint; keep it below
 *        {@code spring.lifecycle.timeout-per-shutdown-phase} so the database outlives the jobs
 * @param progressInterval least time between two progress writes of one job
 * @param maxAttempts runs after which a job that never finishes (each stop or crash starts a new run) is failed
 */
@Validated
@ConfigurationProperties("kozomol.jobs")
record JobsProperties(@Min(1) @Max(64) int threads, @NotNull Duration pollingInterval,
        @NotNull Duration heartbeatInterval, Duration shutdownWait, Duration progressInterval,
        Integer maxAttempts) {

    JobsProperties {
        if (shutdownWait == null) {
            shutdownWait = Duration.ofSeconds(10);
        }
        if (progressInterval == null) {
            progressInterval = Duration.ofMillis(250);
        }
        if (maxAttempts == null || maxAttempts < 1) {
            maxAttempts = 20;
        }
    }
}
