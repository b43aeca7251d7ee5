package kg.kozomol.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestJobHandlers;
import kg.kozomol.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KozomolTest
class JobsIT {

    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TransactionTemplate transaction;

    KozomolPrincipal creator;
    KozomolPrincipal other;
    KozomolPrincipal admin;

    @BeforeEach
    void people() {
        long org = jdbc.sql("insert into organisation (kind, name_ru) values ('CSO', :n) returning id")
                .param("n", "Org " + System.nanoTime()).query(Long.class).single();
        creator = TestUsers.principal(user(), Role.RESEARCHER, org);
        other = TestUsers.principal(user(), Role.RESEARCHER, org);
        admin = TestUsers.principal(user(), Role.ADMIN, org);
    }

    @Test
    void aJobRunsToSucceededWithFullProgress() {
        UUID id = jobs.submit(TestJobHandlers.COUNT, Map.of("n", 12, "delayMs", 5), creator.id());
        JobView job = awaitJob(id, j -> !j.active());
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.progressDone()).isEqualTo(12);
        assertThat(job.progressTotal()).isEqualTo(12);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.startedAt()).isNotNull();
        assertThat(job.finishedAt()).isNotNull();
        assertThat(TestJobHandlers.STEPS.get(id)).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(jdbc.sql("select checkpoint #>> '{}' from job where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("10");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'job' and task_instance = :id")
                .param("id", id.toString()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'job' and entity_id = :id and action = 'CREATE'")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aJobThatFailsEndsFailedWithItsMessageKey() {
        UUID id = jobs.submit(TestJobHandlers.FAIL, Map.of(), creator.id());
        JobView job = awaitJob(id, j -> !j.active());
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errorKey()).isEqualTo(TestJobHandlers.FAILURE_KEY);
        assertThat(job.errorArgs()).containsExactly("row 7");
        assertThat(job.progressDone()).isEqualTo(1);
    }

    @Test
    void anUnexpectedExceptionFailsTheJobWithTheGenericKey() {
        UUID id = jobs.submit(TestJobHandlers.CRASH, Map.of(), creator.id());
        JobView job = awaitJob(id, j -> !j.active());
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errorKey()).isEqualTo("jobs.error.unexpected");
    }

    @Test
    void submittingJoinsTheCallersTransaction() {
        UUID[] id = new UUID[1];
        transaction.executeWithoutResult(status -> {
            id[0] = jobs.submit(TestJobHandlers.COUNT, Map.of("n", 1), creator.id());
            status.setRollbackOnly();
        });
        assertThat(jobs.find(id[0])).isEmpty();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = :id")
                .param("id", id[0].toString()).query(Long.class).single()).isZero();
    }

    @Test
    void unknownTypesAreRefused() {
        assertThatThrownBy(() -> jobs.submit("no.such.type", Map.of(), creator.id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExecutionLeftByADeadNodeIsRevivedAndResumesFromItsCheckpoint() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into job (id, type, params, status, progress_done, progress_total, checkpoint, attempts, created_by,
                                 started_at)
                values (:id, 'test.count', '{"n": 8, "delayMs": 5}', 'RUNNING', 3, 8, to_jsonb('3'::text), 1, :user,
                        now() - interval '1 hour')
                """).param("id", id).param("user", creator.id()).update();
        // As a node killed with kill -9 leaves it: picked, with a heartbeat nobody renews.
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,
                                             consecutive_failures, version)
                values ('job', :id, now() - interval '1 hour', true, 'dead-node', now() - interval '1 hour', 0, 1)
                """).param("id", id.toString()).update();

        JobView job = awaitJob(id, j -> j.status() == JobStatus.SUCCEEDED);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.progressDone()).isEqualTo(8);
        assertThat(TestJobHandlers.STEPS.get(id)).containsExactly(4, 5, 6, 7, 8);
    }

    @Test
    void aJobRevivedTooOftenIsAbandoned() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into job (id, type, params, status, attempts, created_by)
                values (:id, 'test.count', '{"n": 3}', 'RUNNING', 20, :user)
                """).param("id", id).param("user", creator.id()).update();
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                values ('job', :id, now(), false, 1)
                """).param("id", id.toString()).update();
        JobView job = awaitJob(id, j -> !j.active());
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errorKey()).isEqualTo("jobs.error.abandoned");
        assertThat(TestJobHandlers.STEPS.get(id)).isNull();
    }

    @Test
    void recurringWorkRuns() {
        long before = TestJobHandlers.RECURRING_RUNS.get();
        await(() -> TestJobHandlers.RECURRING_RUNS.get() > before);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'recurring:test-counter'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheCreatorAndAdminsSeeAJob() throws Exception {
        UUID id = jobs.submit(TestJobHandlers.COUNT, Map.of("n", 3), creator.id());
        awaitJob(id, j -> !j.active());
        mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(creator))).andExpect(status().isOk());
        mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}", UUID.randomUUID()).with(TestUsers.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/{id}", id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/jobs")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/jobs").with(TestUsers.as(creator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/jobs/" + id)));
        mvc.perform(get("/jobs").with(TestUsers.as(other)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/jobs/" + id))));

        mvc.perform(get("/admin/jobs").with(TestUsers.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/jobs/" + id)));
        mvc.perform(get("/admin/jobs").with(TestUsers.as(creator))).andExpect(status().isForbidden());
    }

    @Test
    void theProgressPageShowsProgressAndStopsPollingWhenDone() throws Exception {
        UUID id = jobs.submit(TestJobHandlers.COUNT, Map.of("n", 4), creator.id());
        awaitJob(id, j -> !j.active());
        Document page = html(mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(creator)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1")).hasSize(1);
        Element bar = page.selectFirst("progress#job-progress-bar");
        assertThat(bar.attr("max")).isEqualTo("4");
        assertThat(bar.attr("value")).isEqualTo("4");
        assertThat(page.selectFirst("label[for=job-progress-bar]")).isNotNull();
        assertThat(page.selectFirst(".job-progress-text").text()).isEqualTo("4 из 4");
        assertThat(bar.text()).isEqualTo("4 из 4");
        assertThat(page.select("#job-progress dd strong").text()).isEqualTo("Готово");
        assertThat(page.selectFirst("#job-progress").hasAttr("hx-trigger")).isFalse();
        assertThat(page.select("a[href=/jobs/" + id + "]")).isEmpty();
    }

    @Test
    void aRunningJobPollsAndAnsweresHtmxWithTheFragmentOnly() throws Exception {
        UUID id = jobs.submit(TestJobHandlers.COUNT, Map.of("n", 200, "delayMs", 50), creator.id());
        awaitJob(id, j -> j.progressDone() > 0);

        Document page = html(mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(creator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element wrapper = page.selectFirst("#job-progress");
        assertThat(wrapper.attr("hx-get")).isEqualTo("/jobs/" + id);
        assertThat(wrapper.attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(page.select("#job-progress a[href=/jobs/" + id + "]")).hasSize(1);

        String fragment = mvc.perform(get("/jobs/{id}", id).with(TestUsers.as(creator)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).startsWith("<div id=\"job-progress\"");
        assertThat(fragment).doesNotContain("<html").doesNotContain("<h1").contains("<progress");
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }

    private JobView awaitJob(UUID id, Predicate<JobView> condition) {
        JobView[] last = new JobView[1];
        await(() -> {
            last[0] = jobs.find(id).orElse(null);
            return last[0] != null && condition.test(last[0]);
        });
        return last[0];
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 45 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long user() {
        return jdbc.sql("insert into app_user (email, full_name, status) values (:email, 'Test', 'ACTIVE') returning id")
                .param("email", "u" + System.nanoTime() + "@test.kozomol.kg").query(Long.class).single();
    }
}
