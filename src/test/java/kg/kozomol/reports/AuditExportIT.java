package kg.kozomol.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.jobs.JobStatus;
import kg.kozomol.jobs.JobView;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.Fixtures;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class AuditExportIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Jobs jobs;

    @Test
    void exportsTheFilteredAuditLogAsExcelFriendlyCsvThroughABackgroundJob() throws Exception {
        Fixtures fixtures = new Fixtures(context);
        fixtures.organisation(OrganisationKind.CSO);
        fixtures.organisation(OrganisationKind.STATE_BODY);
        UserAccount admin = fixtures.user(Role.ADMIN);
        KozomolPrincipal principal = TestUsers.principal(admin.id(), Role.ADMIN, 1);
        long organisationEvents = fixtures.count("select count(*) from audit_event where entity_type = 'organisation'");

        String location = mvc.perform(post("/admin/audit/export").param("entityType", "organisation").with(csrf())
                .with(TestUsers.as(principal))).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        UUID id = UUID.fromString(location.substring("/jobs/".length()));
        JobView job = awaitEnd(id);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.progressDone()).isEqualTo(organisationEvents);

        byte[] body = mvc.perform(get("/files/" + job.resultFileId()).with(TestUsers.as(principal)))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize((int) organisationEvents);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("entity_type")).isEqualTo("organisation"));
        assertThat(rows.get(0).get("after")).contains("Тестовая организация");

        // The file belongs to the admin who asked; another user cannot download it.
        assertThat(mvc.perform(get("/files/" + job.resultFileId()).with(TestUsers.as(Role.RESEARCHER)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private JobView awaitEnd(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JobView job = jobs.find(id).orElseThrow();
            if (!job.active()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish");
    }
}
