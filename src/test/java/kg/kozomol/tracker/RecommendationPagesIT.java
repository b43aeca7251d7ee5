package kg.kozomol.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

@KozomolTest
class RecommendationPagesIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    TrackerScenario s;

    @BeforeEach
    void setUp() {
        s = new TrackerScenario(context);
    }

    @Test
    void aResearcherCreatesADraftThatOnlyTheirOrganisationAndCoordinatorsSee() throws Exception {
        String location = mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(s.brief(301))).param("organisationId", Long.toString(s.cso.id()))
                        .param("originalLanguage", "ru").param("textRu", "Принять закон о доступной среде")
                        .param("actionType", "LAW").param("priority", "HIGH")
                        .param("leadAddresseeId", Long.toString(s.lead.id()))
                        .param("supportingAddresseeIds", Long.toString(s.supporting.id())).param("sdgCodes", "10.2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Recommendation created = s.recommendations.require(id);
        assertThat(created.reference()).matches("R" + s.cso.id() + "-\\d{4}-001");
        assertThat(created.sdgCodes()).containsExactly("10.2");
        assertThat(s.recommendations.forBrief(s.brief(301))).extracting(RecommendationSummary::id).containsExactly(id);
        assertThat(s.addressees.forRecommendation(id)).allMatch(a -> a.dueDate() == null);

        mvc.perform(get(location).with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString(created.reference())));
        mvc.perform(get(location).with(TestUsers.as(s.leadFocal))).andExpect(status().isNotFound());
        KozomolPrincipal otherCso = TrackerScenario.principal(s.fixtures.user(Role.RESEARCHER), 
                s.fixtures.organisation(OrganisationKind.CSO), Role.RESEARCHER);
        mvc.perform(get(location).with(TestUsers.as(otherCso))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/recommendations").with(TestUsers.as(s.leadFocal)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(created.reference()))));

        mvc.perform(post(location + "/release").with(csrf()).with(TestUsers.as(s.researcher))
                .param("version", Integer.toString(created.version()))).andExpect(status().is3xxRedirection());
        assertThat(s.addressees.forRecommendation(id)).extracting(Addressee::dueDate)
                .containsOnly(s.recommendations.today().plusDays(30));
        mvc.perform(get(location).with(TestUsers.as(s.leadFocal))).andExpect(status().isOk());
        mvc.perform(get("/recommendations/" + id + "/edit").with(TestUsers.as(s.leadFocal))).andExpect(status().isForbidden());
    }

    @Test
    void badInputOnTheRecommendationFormIsAFieldErrorNeverAServerError() throws Exception {
        mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(s.brief(302))).param("organisationId", Long.toString(s.cso.id()))
                        .param("originalLanguage", "ky").param("textRu", "Только русский текст")
                        .param("actionType", "NOT_A_TYPE").param("priority", "HIGH")
                        .param("leadAddresseeId", Long.toString(s.cso.id())).param("proposedImplementationDate", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Неверное значение.")))
                .andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(s.brief(302))).param("organisationId", Long.toString(s.cso.id()))
                        .param("originalLanguage", "ky").param("textRu", "Только русский текст")
                        .param("actionType", "LAW").param("priority", "HIGH")
                        .param("leadAddresseeId", Long.toString(s.lead.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите текст на языке оригинала.")));
        mvc.perform(post("/recommendations").with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(s.brief(302))).param("organisationId", Long.toString(s.cso.id()))
                        .param("originalLanguage", "ru").param("textRu", "Текст")
                        .param("actionType", "LAW").param("priority", "HIGH")
                        .param("leadAddresseeId", Long.toString(s.cso.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Адресатом может быть только государственный орган.")));
        assertThat(s.recommendations.forBrief(s.brief(302))).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithAConflictMessageAndNothingIsOverwritten() throws Exception {
        s.signIn(s.researcher);
        Recommendation r = s.recommendations.create(s.draft(303));
        s.recommendations.update(r.id(), r.version(), s.draft(303));
        mvc.perform(post("/recommendations/" + r.id()).with(csrf()).with(TestUsers.as(s.researcher))
                        .param("briefId", Long.toString(s.brief(303))).param("originalLanguage", "ru").param("textRu", "Перезапись")
                        .param("actionType", "LAW").param("priority", "LOW")
                        .param("leadAddresseeId", Long.toString(s.lead.id())).param("version", Integer.toString(r.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Запись уже изменил другой пользователь")));
        assertThat(s.recommendations.require(r.id()).textRu()).isNotEqualTo("Перезапись");
    }

    @Test
    void aFocalPointOfAnotherBodyCannotSeeOrActOnThePositionOfThisOne() throws Exception {
        Recommendation r = s.released(304);
        Addressee lead = s.addressee(r, s.lead);
        KozomolPrincipal stranger = TrackerScenario.principal(s.fixtures.user(Role.STATE_FOCAL_POINT, s.third), s.third,
                Role.STATE_FOCAL_POINT);
        String form = "/recommendations/" + r.id() + "/bodies/" + lead.id() + "/position";
        mvc.perform(get(form).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(form).with(csrf()).with(TestUsers.as(stranger)).param("position", "ACCEPTED"))
                .andExpect(status().isNotFound());
        mvc.perform(get(form).with(TestUsers.as(s.supportingFocal))).andExpect(status().isNotFound());
        mvc.perform(get(form).with(TestUsers.as(s.leadFocal))).andExpect(status().isOk());
        assertThat(s.responses.draft(lead.id())).isEmpty();
    }

    @Test
    void aCsoCannotPostAStatePositionAndAFocalPointCannotPostAnAssessment() throws Exception {
        Recommendation r = s.released(305);
        Addressee lead = s.addressee(r, s.lead);
        mvc.perform(post("/recommendations/" + r.id() + "/bodies/" + lead.id() + "/position").with(csrf())
                        .with(TestUsers.as(s.researcher)).param("position", "ACCEPTED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + r.id() + "/bodies/" + lead.id() + "/assessment").with(csrf())
                        .with(TestUsers.as(s.leadFocal)).param("completion", "COMPLETE").param("method", "x")
                        .param("confidence", "HIGH"))
                .andExpect(status().isForbidden());
        assertThat(s.timeline.entries(lead.id())).isEmpty();
        assertThat(s.responses.draft(lead.id())).isEmpty();
    }

    @Test
    void aFocalPointDraftsThenReleasesFromTheInboxInABatch() throws Exception {
        Recommendation r = s.released(306);
        Addressee lead = s.addressee(r, s.lead);
        String form = "/recommendations/" + r.id() + "/bodies/" + lead.id() + "/position";
        mvc.perform(multipart(form).with(csrf()).with(TestUsers.as(s.leadFocal)).param("position", "REJECTED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Для этой позиции нужно обоснование.")));
        mvc.perform(multipart(form).with(csrf()).with(TestUsers.as(s.leadFocal)).param("position", "PARTIALLY_ACCEPTED")
                        .param("reasoning", "Частично в рамках бюджета").param("letterNumber", "01-12/7")
                        .param("letterDate", "2026-01-15").param("measures[0].description", "Пандусы в 3 школах")
                        .param("measures[0].targetDate", "2026-09-01"))
                .andExpect(status().is3xxRedirection());
        StatePosition draft = s.responses.draft(lead.id()).orElseThrow();
        assertThat(draft.measures()).containsExactly(new PlannedMeasure("Пандусы в 3 школах", java.time.LocalDate.of(2026, 9, 1)));

        mvc.perform(get("/tracker/inbox").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk())
                .andExpect(content().string(containsString(r.reference())))
                .andExpect(content().string(containsString("choose-" + draft.id())));
        mvc.perform(post("/tracker/inbox/release").with(csrf()).with(TestUsers.as(s.leadFocal))
                        .param("positionIds", Long.toString(draft.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(s.addressee(r, s.lead).position()).isEqualTo(Position.PARTIALLY_ACCEPTED);
        mvc.perform(get("/recommendations/" + r.id()).with(TestUsers.as(s.supportingFocal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Частично в рамках бюджета")));
    }

    @Test
    void aForbiddenOrOversizedAttachmentIsAFieldErrorAndNothingIsSaved() throws Exception {
        Recommendation r = s.released(307);
        Addressee lead = s.addressee(r, s.lead);
        String form = "/recommendations/" + r.id() + "/bodies/" + lead.id() + "/position";
        MockMultipartFile script = new MockMultipartFile("evidenceFile", "evidence.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart(form).file(script).with(csrf()).with(TestUsers.as(s.leadFocal))
                        .param("position", "CLAIMED_IMPLEMENTED").param("reasoning", "Сделано"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("evidenceFile-error")));
        byte[] big = new byte[(int) TrackerFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, big, 0, 9);
        MockMultipartFile huge = new MockMultipartFile("attachment", "report.pdf", "application/pdf", big);
        mvc.perform(multipart("/recommendations/" + r.id() + "/bodies/" + lead.id() + "/progress").file(huge).with(csrf())
                        .with(TestUsers.as(s.leadFocal)).param("completion", "LIMITED").param("text", "Отчёт"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("attachment-error")));
        assertThat(s.responses.draft(lead.id())).isEmpty();
        assertThat(s.timeline.entries(lead.id())).isEmpty();
    }

    @Test
    void aLetterScanIsStoredWithTheDraftAndReadableBySignedInUsersOnly() throws Exception {
        Recommendation r = s.released(310);
        Addressee lead = s.addressee(r, s.lead);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        mvc.perform(multipart("/recommendations/" + r.id() + "/bodies/" + lead.id() + "/position")
                        .file(new MockMultipartFile("letterScan", "letter.png", "image/png", png)).with(csrf())
                        .with(TestUsers.as(s.leadFocal)).param("position", "ACCEPTED").param("letterNumber", "5"))
                .andExpect(status().is3xxRedirection());
        java.util.UUID scan = s.responses.draft(lead.id()).orElseThrow().letterFileId();
        assertThat(scan).isNotNull();
        mvc.perform(get("/files/" + scan).with(TestUsers.as(s.researcher))).andExpect(status().isOk());
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        int anonymous = mvc.perform(get("/files/" + scan)).andReturn().getResponse().getStatus();
        assertThat(anonymous).isNotEqualTo(200);
    }

    @Test
    void anAdministratorNamesASuccessorThatInheritsOpenRecommendations() throws Exception {
        Recommendation r = s.released(311);
        KozomolPrincipal admin = TrackerScenario.principal(s.fixtures.user(Role.ADMIN), s.cso, Role.ADMIN);
        var flash = mvc.perform(post("/admin/tracker/successors").with(csrf()).with(TestUsers.as(admin))
                        .param("bodyId", Long.toString(s.supporting.id())).param("successorId", Long.toString(s.third.id())))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("flash")).isEqualTo("tracker.successor.saved");
        assertThat(flash.get("inherited")).isEqualTo(1);
        mvc.perform(get("/admin/tracker/successors").with(TestUsers.as(admin))).andExpect(status().isOk());
        assertThat(s.addressees.find(r.id(), s.third.id())).isPresent();
    }

    @Test
    void aDeadlineBeforeTheReleaseDateIsAFieldErrorOnTheForm() throws Exception {
        Recommendation r = s.released(308);
        Addressee lead = s.addressee(r, s.lead);
        String form = "/recommendations/" + r.id() + "/bodies/" + lead.id() + "/deadline";
        mvc.perform(get(form).with(TestUsers.as(s.researcher))).andExpect(status().isOk());
        mvc.perform(post(form).with(csrf()).with(TestUsers.as(s.researcher)).param("newDate", "2020-01-01").param("reason", "Перенос"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Новый срок должен быть позже даты направления рекомендации.")));
        assertThat(s.addressee(r, s.lead).dueDate()).isEqualTo(lead.dueDate());
    }

    @Test
    void everyTrackerPageRendersForItsUsers() throws Exception {
        Recommendation r = s.released(309);
        Addressee lead = s.addressee(r, s.lead);
        s.signIn(s.leadFocal);
        s.timeline.reportProgress(lead.id(), new ProgressReport(null, Completion.COMPLETE, "Сделано", null));
        s.signIn(s.researcher);
        TimelineEntry assessment = s.timeline.assess(lead.id(), new Assessment(null, Completion.LIMITED, Effect.MARGINAL,
                "Аудит", Confidence.HIGH, "Пандусы только в одной школе", "https://example.kg/audit"));
        String base = "/recommendations/" + r.id();
        mvc.perform(get(base).with(TestUsers.as(s.researcher))).andExpect(status().isOk())
                .andExpect(content().string(containsString("оценки расходятся")));
        mvc.perform(get(base + "/edit").with(TestUsers.as(s.researcher))).andExpect(status().isOk());
        mvc.perform(get(base + "/bodies/" + lead.id() + "/assessment").with(TestUsers.as(s.researcher))).andExpect(status().isOk());
        mvc.perform(get(base + "/bodies/" + lead.id() + "/progress").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk());
        mvc.perform(get(base + "/assessments/" + assessment.id() + "/reply").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk());
        mvc.perform(post(base + "/assessments/" + assessment.id() + "/reply").with(csrf()).with(TestUsers.as(s.leadFocal))
                .param("text", "Не согласны: работы идут")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/follow").with(csrf()).with(TestUsers.as(s.leadFocal))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/questions").with(csrf()).with(TestUsers.as(s.leadFocal)).param("body", "Уточните, какие школы?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(TestUsers.as(s.leadFocal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Уточните, какие школы?")))
                .andExpect(content().string(containsString("Не согласны: работы идут")));
        mvc.perform(get("/recommendations/new").param("brief", Long.toString(r.briefId())).with(TestUsers.as(s.researcher)))
                .andExpect(status().isOk());
        mvc.perform(get("/recommendations").param("brief", "309").param("position", "ACCEPTED")
                .with(TestUsers.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(get("/tracker/inbox").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk());
        mvc.perform(get("/admin/tracker/successors").with(TestUsers.as(Role.ADMIN))).andExpect(status().isOk());
        assertThat(List.of(r.id())).isNotEmpty();
    }

    @Test
    void theInboxIsPagedFiftyAtATime() throws Exception {
        for (int i = 0; i < 51; i++) {
            s.released(900);
        }
        mvc.perform(get("/tracker/inbox").with(TestUsers.as(s.leadFocal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Страница 1 из 2")))
                .andExpect(content().string(containsString("/tracker/inbox?page=2")));
        String second = mvc.perform(get("/tracker/inbox").param("page", "2").with(TestUsers.as(s.leadFocal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("/recommendations/\\d+\"", -1)).hasSize(2);
        mvc.perform(get("/tracker/inbox").param("page", "abc").with(TestUsers.as(s.leadFocal))).andExpect(status().isBadRequest());
    }
}
