package kg.kozomol.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import kg.kozomol.KozomolApplication;
import kg.kozomol.support.TestJobHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** Two application starts on one database directory, as a node restarted by an operator or a deployment. */
class JobRestartIT {

    static final String DATA = "target/restart-pg";
    static final int STEPS = 60;

    @Test
    void aJobStoppedByShutdownResumesFromItsCheckpointAfterTheRestart() throws Exception {
        FileSystemUtils.deleteRecursively(Path.of(DATA));
        UUID id;
        try (ConfigurableApplicationContext first = start()) {
            id = first.getBean(Jobs.class).submit(TestJobHandlers.COUNT, Map.of("n", STEPS, "delayMs", 100), null);
            UUID job = id;
            JobsIT.await(() -> steps(job).size() >= 8);
        }
        int doneBeforeRestart = steps(id).size();
        assertThat(doneBeforeRestart).isBetween(8, STEPS - 1);
        assertThat(TestJobHandlers.RUNS_FROM.get(id)).containsExactly(1);

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            Jobs jobs = second.getBean(Jobs.class);
            JobsIT.await(() -> jobs.find(id).map(j -> j.status() == JobStatus.SUCCEEDED).orElse(false));
            JobView job = jobs.find(id).orElseThrow();
            assertThat(job.attempts()).isEqualTo(2);
            assertThat(job.progressDone()).isEqualTo(STEPS);
            assertThat(job.progressTotal()).isEqualTo(STEPS);
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'job'").query(Long.class).single())
                    .isZero();
        }
        // Every step ran exactly once: the second run began right after the checkpoint written at shutdown.
        assertThat(steps(id)).containsExactlyElementsOf(IntStream.rangeClosed(1, STEPS).boxed().toList());
        assertThat(TestJobHandlers.RUNS_FROM.get(id)).containsExactly(1, doneBeforeRestart + 1);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KozomolApplication.class)
                .profiles("test")
                .run("--kozomol.db.embedded.data-directory=" + DATA,
                        "--kozomol.db.embedded.clean-on-start=false",
                        "--kozomol.db.embedded.shared=false",
                        "--server.port=0",
                        "--spring.jmx.enabled=false");
    }

    private static List<Integer> steps(UUID id) {
        return TestJobHandlers.STEPS.getOrDefault(id, List.of());
    }
}
