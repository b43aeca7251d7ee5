package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;

/**
 * The report after the consensus: recommendations, the owner body's factual-accuracy comments resolved by the
 * rapporteur, the final report with a response deadline, and the management response (reasons unless it agrees, an
 * action plan, late marking), given only by the owner body.
 */
@KozomolTest
class ManagementResponseIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    ProgrammeWorld world;
    EvaluationReports reports;
    ConcludedEvaluation concluded;
    Evaluation evaluation;
    String page;
    KozomolPrincipal otherFocal;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        reports = context.getBean(EvaluationReports.class);
        concluded = ConcludedEvaluation.of(world, world.programme("Инклюзивное образование (синтетика)"),
                context.getBean(Evaluations.class), context.getBean(EvaluationScoring.class));
        evaluation = concluded.evaluation();
        page = "/evaluations/" + evaluation.id() + "/report";
        otherFocal = world.member(Role.STATE_FOCAL_POINT, world.fixtures.organisation(OrganisationKind.STATE_BODY));
    }

    @Test
    void theOwnerBodyCommentsOnFactualAccuracyAndTheRapporteurResolvesBeforeTheReportIsFinal() throws Exception {
        mvc.perform(post(page + "/recommendations").with(csrf()).with(TestUsers.as(concluded.expert())).param("textRu", "Не докладчик"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/recommendations").with(csrf()).with(TestUsers.as(concluded.rapporteur())).param("textRu", " "))
                .andExpect(flash().attribute("refused", "programme.validation.required"));
        mvc.perform(post(page + "/recommendations").with(csrf()).with(TestUsers.as(concluded.rapporteur()))
                        .param("textRu", "Ввести адресный учёт доходов семей").param("textKy", "Үй-бүлөлөрдүн кирешесин эсепке алуу"))
                .andExpect(flash().attribute("flash", "programme.report.recommendationAdded"));
        long criterion = context.getBean(Evaluations.class).criteria(evaluation.id()).get(2).id();
        mvc.perform(comment(world.focal, Long.toString(criterion), "Охват в 2026 году 14 000, а не 12 000"))
                .andExpect(flash().attribute("refused", "programme.report.refused.notInReview"));

        mvc.perform(advance("FACTUAL_REVIEW", 0, null)).andExpect(flash().attribute("flash", "programme.report.advanced"));
        mvc.perform(advance("FINAL", 0, "2099-01-01")).andExpect(flash().attribute("refused", "programme.stale"));
        mvc.perform(comment(world.focal, Long.toString(criterion), " "))
                .andExpect(flash().attribute("refused", "programme.validation.required"));
        mvc.perform(comment(world.focal, Long.toString(criterion), "Охват в 2026 году 14 000, а не 12 000"))
                .andExpect(flash().attribute("flash", "programme.report.commented"));
        mvc.perform(comment(otherFocal, "", "Чужой орган")).andExpect(status().isNotFound());
        mvc.perform(get(page).with(TestUsers.as(otherFocal))).andExpect(status().isNotFound());
        assertThat(reports.comments(evaluation.id())).hasSize(1);

        mvc.perform(get(page).with(TestUsers.as(concluded.expert()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Охват в 2026 году 14 000, а не 12 000")))
                .andExpect(content().string(containsString("Ввести адресный учёт доходов семей")));
        mvc.perform(advance("FINAL", 1, "2099-01-01"))
                .andExpect(flash().attribute("refused", "programme.report.refused.openComments"));
        FactualComment open = reports.comments(evaluation.id()).get(0);
        mvc.perform(post(page + "/comments/" + open.id() + "/resolution").with(csrf()).with(TestUsers.as(concluded.rapporteur()))
                        .param("resolution", "Исправлено в разделе «Результативность»").param("version", "0"))
                .andExpect(flash().attribute("flash", "programme.report.resolved"));
        mvc.perform(advance("FINAL", 1, LocalDate.now().minusDays(1).toString()))
                .andExpect(flash().attribute("refused", "programme.report.validation.dueFuture"));
        mvc.perform(advance("FINAL", 1, "2099-01-01")).andExpect(flash().attribute("flash", "programme.report.advanced"));
        assertThat(reports.report(evaluation.id()).stage()).isEqualTo(ReportStage.FINAL);
        mvc.perform(post(page + "/recommendations").with(csrf()).with(TestUsers.as(concluded.rapporteur())).param("textRu", "Поздно"))
                .andExpect(flash().attribute("refused", "programme.report.refused.final"));
        mvc.perform(get(page).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Учтено: Исправлено в разделе «Результативность»")));
    }

    @Test
    void theManagementResponseNeedsReasonsUnlessItAgreesAndALateOneIsMarked() throws Exception {
        EvaluationRecommendation recommendation = finalReport();
        String url = "/evaluations/" + evaluation.id() + "/recommendations/" + recommendation.id() + "/response";
        mvc.perform(get(url).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ввести адресный учёт доходов семей")));
        mvc.perform(get(url).with(TestUsers.as(otherFocal))).andExpect(status().isNotFound());
        mvc.perform(respond(url, otherFocal, "AGREE", null, 0)).andExpect(status().isNotFound());
        mvc.perform(get(url).with(TestUsers.as(concluded.rapporteur()))).andExpect(status().isForbidden());

        mvc.perform(respond(url, world.focal, "DISAGREE", " ", 0)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Объясните, почему орган согласен частично или не согласен.")));
        mvc.perform(respond(url, world.focal, "PARTIALLY_AGREE", "Нет данных о доходах", 0).param("actions[0].what", "Пилот")
                        .param("actions[0].due", "2027-06-30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("укажите что, кто и срок")));
        mvc.perform(respond(url, world.focal, "AGREE", null, 0)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите хотя бы одно действие плана.")));
        assertThat(reports.recommendation(evaluation.id(), recommendation.id()).answered()).isFalse();

        mvc.perform(respond(url, world.focal, "PARTIALLY_AGREE", "Нет данных о доходах в двух областях", 0)
                        .param("actions[0].what", "Пилот учёта доходов").param("actions[0].who", "Управление соцзащиты")
                        .param("actions[0].due", "2027-06-30"))
                .andExpect(flash().attribute("flash", "programme.response.saved"));
        EvaluationRecommendation answered = reports.recommendation(evaluation.id(), recommendation.id());
        assertThat(answered.stance()).isEqualTo(Stance.PARTIALLY_AGREE);
        assertThat(answered.late()).isFalse();
        assertThat(answered.actions()).containsExactly(new ActionLine("Пилот учёта доходов", "Управление соцзащиты",
                LocalDate.of(2027, 6, 30)));
        mvc.perform(respond(url, world.focal, "AGREE", null, 0).param("actions[0].what", "Устаревшая правка")
                        .param("actions[0].who", "Кто-то").param("actions[0].due", "2027-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Запись изменил кто-то другой")));

        jdbc.sql("update programme_evaluation_report set response_due = current_date - 3 where evaluation_id = :e")
                .param("e", evaluation.id()).update();
        mvc.perform(respond(url, world.focal, "DISAGREE", "Мера дублирует закон о соцпомощи", answered.version()))
                .andExpect(flash().attribute("flash", "programme.response.savedLate"));
        EvaluationRecommendation late = reports.recommendation(evaluation.id(), recommendation.id());
        assertThat(late.late()).isTrue();
        assertThat(late.actions()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'programme_evaluation_recommendation'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        mvc.perform(get(page).with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ответ после срока")))
                .andExpect(content().string(containsString("Мера дублирует закон о соцпомощи")));

        mvc.perform(advance("PUBLISHED", reports.report(evaluation.id()).version(), null))
                .andExpect(flash().attribute("flash", "programme.report.advanced"));
        mvc.perform(respond(url, world.focal, "AGREE", null, late.version()).param("actions[0].what", "После публикации")
                        .param("actions[0].who", "Кто-то").param("actions[0].due", "2027-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("до его публикации")));
    }

    @Test
    void theReportIsPublishedOnlyOnceEveryRecommendationIsAnsweredOrTheDeadlinePassed() throws Exception {
        finalReport();
        int version = reports.report(evaluation.id()).version();
        mvc.perform(advance("PUBLISHED", version, null))
                .andExpect(flash().attribute("refused", "programme.report.refused.awaitingResponse"));
        jdbc.sql("update programme_evaluation_report set response_due = current_date - 1 where evaluation_id = :e")
                .param("e", evaluation.id()).update();
        mvc.perform(advance("PUBLISHED", version, null)).andExpect(flash().attribute("flash", "programme.report.advanced"));
        mvc.perform(post(page + "/stage").with(csrf()).with(TestUsers.as(world.focal)).param("stage", "PUBLISHED"))
                .andExpect(status().isForbidden());
    }

    /** One recommendation, no comments, the report final with a deadline far ahead. */
    private EvaluationRecommendation finalReport() {
        return world.tx.execute(s -> {
            EvaluationRecommendation r = reports.addRecommendation(evaluation.id(), "Ввести адресный учёт доходов семей", null,
                    concluded.rapporteur());
            reports.advance(evaluation.id(), 0, ReportStage.FACTUAL_REVIEW, null, world.coordinator);
            reports.advance(evaluation.id(), 1, ReportStage.FINAL, LocalDate.of(2099, 1, 1), world.coordinator);
            return r;
        });
    }

    private MockHttpServletRequestBuilder comment(KozomolPrincipal who, String criterion, String body) {
        return post(page + "/comments").with(csrf()).with(TestUsers.as(who)).param("criterionId", criterion).param("body", body);
    }

    private MockHttpServletRequestBuilder advance(String stage, int version, String due) {
        MockHttpServletRequestBuilder request = post(page + "/stage").with(csrf()).with(TestUsers.as(world.coordinator))
                .param("stage", stage).param("version", Integer.toString(version));
        return due == null ? request : request.param("responseDue", due);
    }

    private MockHttpServletRequestBuilder respond(String url, KozomolPrincipal who, String stance, String reasons, int version) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(TestUsers.as(who)).param("stance", stance)
                .param("version", Integer.toString(version));
        return reasons == null ? request : request.param("reasons", reasons);
    }
}
