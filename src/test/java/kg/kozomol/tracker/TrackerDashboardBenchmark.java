package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * Not part of the test suite (the name matches no surefire pattern): run by bench/tracker-dashboard. Generates
 * 10,000 recommendations to two bodies each and 100,000 timeline entries in SQL, then prints the server time of
 * the dashboard's figures and of the whole page, p50 and p95 of repeated single requests.
 */
@KozomolTest
class TrackerDashboardBenchmark {

    private static final int RUNS = 100;

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TrackerDashboard dashboard;
    @Autowired Deadlines deadlines;
    @Autowired Recommendations recommendations;
    @Autowired Addressees addressees;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

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

    private void generate() {
        jdbc.sql("""
                insert into organisation (kind, name_ru) select 'CSO', 'Бенч НКО ' || i from generate_series(1, 20) i
                """).update();
        jdbc.sql("""
                insert into organisation (kind, name_ru) select 'STATE_BODY', 'Бенч орган ' || i from generate_series(1, 30) i
                """).update();
        jdbc.sql("""
                insert into theme (code, name_ru) select 'bench-' || i, 'Бенч тема ' || i from generate_series(1, 7) i
                """).update();
        jdbc.sql("""
                insert into recommendation (brief_id, organisation_id, reference, text_ru, original_language, theme_id,
                  action_type, priority, proposed_implementation_date, status, released_at, created_at)
                select 1 + i % 200,
                       (select array_agg(id order by id) from organisation where kind = 'CSO')[1 + i % 20],
                       'BENCH-' || i, 'Синтетическая рекомендация ' || i, 'ru',
                       (select array_agg(id order by id) from theme)[1 + i % 7],
                       'POLICY', 'MEDIUM', current_date - 200 + (i * 7) % 500,
                       case when i % 10 = 0 then 'DRAFT' else 'RELEASED' end,
                       case when i % 10 = 0 then null else now() - make_interval(days => i % 540) end,
                       now() - make_interval(days => i % 540)
                from generate_series(1, 10000) i
                """).update();
        jdbc.sql("""
                insert into addressee (recommendation_id, organisation_id, lead, original_due_date, due_date, position, created_at)
                select r.id, (select array_agg(id order by id) from organisation where kind = 'STATE_BODY')[1 + (r.id * 7 + k) % 30],
                       k = 0, (r.created_at + interval '30 days')::date, (r.created_at + interval '30 days')::date,
                       case when r.status = 'DRAFT' then null
                            else (array['ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED', 'CLAIMED_IMPLEMENTED',
                                        null, null, 'NO_RESPONSE'])[1 + (r.id + k) % 8] end,
                       r.created_at
                from recommendation r cross join generate_series(0, 1) k
                """).update();
        jdbc.sql("""
                insert into state_position (addressee_id, position, reasoning, status, released_at)
                select a.id, a.position, 'Обоснование', 'RELEASED', a.created_at + make_interval(days => (1 + a.id % 60)::int)
                from addressee a where a.position is not null and a.position <> 'NO_RESPONSE'
                """).update();
        jdbc.sql("""
                insert into planned_measure (position_id, description, target_date)
                select p.id, 'Мера', (p.released_at + make_interval(days => (30 + p.id % 300)::int))::date
                from state_position p where p.id % 3 = 0
                """).update();
        jdbc.sql("""
                insert into timeline_entry (addressee_id, kind, occurred_on, completion, body)
                select a.id, case when i % 2 = 0 then 'PROGRESS' else 'ASSESSMENT' end,
                       (a.created_at + make_interval(days => i % 200))::date,
                       (array['NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'])[1 + (a.id + i) % 5], 'Ход'
                from addressee a join recommendation r on r.id = a.recommendation_id and r.status = 'RELEASED'
                cross join generate_series(1, 6) i
                where a.id % 27 <> 0
                """).update();
        List<Long> all = jdbc.sql("select id from recommendation").query(Long.class).list();
        transaction.executeWithoutResult(status -> all.forEach(addressees::refreshDerived));
        jdbc.sql("vacuum analyze").update();
        System.out.printf("BENCH data: %d recommendations, %d addressed bodies, %d positions, %d timeline entries%n",
                count("recommendation"), count("addressee"), count("state_position"), count("timeline_entry"));
        assertThat(count("timeline_entry")).isGreaterThanOrEqualTo(100_000);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
