package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Not part of the test suite (the name matches no surefire pattern): run by bench/tracker-dashboard. Loads the demo
 * and the 10,000 recommendations, 20,000 addressed bodies and 100,000 timeline entries of bench/tracker-load, then prints the server time of
 * the dashboard's figures and of the whole page, p50 and p95 of repeated single requests.
 */
@KozomolTest
@TestPropertySource(properties = "kozomol.demo.enabled=true")
class TrackerDashboardBenchmark {

    private static final int RUNS = 100;

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TrackerDashboard dashboard;
    @Autowired Deadlines deadlines;
    @Autowired Recommendations recommendations;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    @Test
    void dashboardWithTenThousandRecommendationsAndAHundredThousandUpdates() throws Exception {
        generate();
        LocalDate today = recommendations.today();
        long theme = jdbc.sql("select min(id) from theme").query(Long.class).single();
        List<Long> page = jdbc.sql("select id from recommendation order by created_at desc limit 25").query(Long.class).list();

        report("TrackerDashboard.figures, no filter", () -> dashboard.figures(new DashboardFilter(null, null, null, null), today));
        report("TrackerDashboard.figures, theme and year", () -> dashboard.figures(
                new DashboardFilter(null, theme, today.getYear(), null), today));
        report("Deadlines.summaries, a list page of 25", () -> deadlines.summaries(page, today));
        report("GET /tracker/dashboard (coordinator, whole page)", () -> mvc.perform(get("/tracker/dashboard")
                .with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk()));
        report("GET /recommendations/{id} (with implementation flags)", () -> mvc.perform(get("/recommendations/" + page.get(0))
                .with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk()));
        report("GET /recommendations (list page with deadline flags)", () -> mvc.perform(get("/recommendations")
                .with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk()));
    }

    private interface Work {
        Object run() throws Exception;
    }

    private void report(String what, Work work) throws Exception {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            work.run();
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        Collections.sort(cpu);
        // Java CPU time of the request thread tells the application's own cost apart from waiting for a busy machine.
        System.out.printf("BENCH %-52s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (Java CPU p50 %5.1f ms)%n", what,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1), cpu.get(RUNS / 2));
        System.out.printf("BENCH load average %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    /** The same synthetic load as bench/tracker-load, over the demo data, so both benchmarks measure one data set. */
    private void generate() throws Exception {
        // The test database is emptied before each class, after the demo ran at start-up: load it again.
        context.getBean("demoData", ApplicationRunner.class).run(new DefaultApplicationArguments());
        String script = Files.readString(Path.of("bench/tracker-load/generate.sql")).lines()
                .filter(line -> !line.startsWith("\\")) // psql meta-commands
                .collect(Collectors.joining("\n"));
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        }
        jdbc.sql("vacuum analyze").update();
        System.out.printf("BENCH data: %d recommendations, %d addressed bodies, %d positions, %d timeline entries%n",
                count("recommendation"), count("addressee"), count("state_position"), count("timeline_entry"));
        assertThat(count("timeline_entry")).isGreaterThanOrEqualTo(100_000);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
