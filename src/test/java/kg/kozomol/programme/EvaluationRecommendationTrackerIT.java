package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.EvaluationSource;
import kg.kozomol.tracker.EvaluationTracking;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.StateResponses;

/**
 * Evaluation recommendations in the tracker: a final report enters them once, addressed to the owner body with the
 * response deadline; the management response becomes the body's released position with the action plan as measures, a
 * late one shown late; the tracker and the portal name the evaluation as the source, and nothing breaks without a brief.
 */
@KozomolTest
class EvaluationRecommendationTrackerIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    ProgrammeWorld world;
    EvaluationReports reports;
    Recommendations recommendations;
    Addressees addressees;
    StateResponses responses;
    Programme programme;
    Evaluation evaluation;
    KozomolPrincipal rapporteur;
    LocalDate due;

    @BeforeEach
    void setUp() {
        world = new ProgrammeWorld(context);
        reports = context.getBean(EvaluationReports.class);
        recommendations = context.getBean(Recommendations.class);
        addressees = context.getBean(Addressees.class);
        responses = context.getBean(StateResponses.class);
        programme = world.programme("Инклюзивное образование (синтетика)");
        jdbc.sql("update programme set status = 'IN_IMPLEMENTATION' where id = :id").param("id", programme.id()).update();
        ConcludedEvaluation concluded = ConcludedEvaluation.of(world, programme, context.getBean(Evaluations.class),
                context.getBean(EvaluationScoring.class));
        evaluation = concluded.evaluation();
        rapporteur = concluded.rapporteur();
        due = reports.today().plusDays(20);
    }

    @Test
    void aFinalReportEntersEachRecommendationOnceAddressedToTheOwnerBodyByTheResponseDeadline() throws Exception {
        List<EvaluationRecommendation> written = finalReport();
        assertThat(tracked()).hasSize(2);
        for (EvaluationRecommendation source : written) {
            Recommendation r = recommendations.fromEvaluationRecommendation(source.id()).orElseThrow();
            assertThat(r.released()).isTrue();
            assertThat(r.briefId()).isNull();
            assertThat(r.evaluationId()).isEqualTo(evaluation.id());
            assertThat(r.organisationId()).isEqualTo(world.consortium.id());
            assertThat(r.textRu()).isEqualTo(source.textRu());
            assertThat(r.responseDueDate()).isEqualTo(due);
            List<Addressee> bodies = addressees.forRecommendation(r.id());
            assertThat(bodies).singleElement().satisfies(a -> {
                assertThat(a.organisationId()).isEqualTo(world.ministry.id());
                assertThat(a.lead()).isTrue();
                assertThat(a.dueDate()).isEqualTo(due);
            });
        }
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'recommendation' and entity_id in (:ids)")
                .param("ids", tracked().stream().map(String::valueOf).toList()).query(Long.class).single()).isEqualTo(2);

        // Entering them again (a retry) and a second attempt to make the report final enter nothing more.
        List<Recommendation> again = world.tx.execute(s -> context.getBean(EvaluationTracking.class).enter(written.stream()
                .map(r -> new EvaluationSource(evaluation.id(), r.id(), world.consortium.id(), world.ministry.id(), r.textRu(),
                        r.textKy(), due)).toList()));
        assertThat(again).extracting(Recommendation::id).containsExactlyElementsOf(tracked());
        assertThatThrownBy(() -> world.tx.execute(s -> reports.advance(evaluation.id(), reports.report(evaluation.id()).version(),
                ReportStage.FINAL, due, world.coordinator))).isInstanceOf(ProgrammeRuleException.class);
        assertThat(tracked()).hasSize(2);

        // The tracker's own editing and answering stay closed: the report and the management response keep them.
        long id = tracked().get(0);
        mvc.perform(get("/recommendations/" + id + "/edit").with(TestUsers.as(world.member(kg.kozomol.platform.Role.RESEARCHER,
                world.consortium)))).andExpect(flash().attribute("problem", "tracker.rule.fromEvaluation"));
        Addressee body = addressees.forRecommendation(id).get(0);
        mvc.perform(get("/recommendations/" + id + "/bodies/" + body.id() + "/position").with(TestUsers.as(world.focal)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluations/" + evaluation.id() + "/report").with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/recommendations/" + id + "\"")))
                .andExpect(content().string(containsString("В трекере рекомендаций: " + recommendations.require(id).reference())));
        mvc.perform(get("/recommendations/" + id).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ответить в отчёте об оценке")))
                .andExpect(content().string(containsString("Итоговая оценка (синтетика)")));
    }

    @Test
    void theManagementResponseIsTheBodysPositionWithItsPlanAndALateRevisionIsMarkedLate() throws Exception {
        EvaluationRecommendation source = finalReport().get(0);
        Recommendation tracked = recommendations.fromEvaluationRecommendation(source.id()).orElseThrow();
        Addressee body = addressees.forRecommendation(tracked.id()).get(0);
        String url = "/evaluations/" + evaluation.id() + "/recommendations/" + source.id() + "/response";

        mvc.perform(respond(url, "PARTIALLY_AGREE", "Нет данных о доходах в двух областях", 0)
                        .param("actions[0].what", "Пилот учёта доходов").param("actions[0].who", "Управление соцзащиты")
                        .param("actions[0].due", "2027-06-30"))
                .andExpect(flash().attribute("flash", "programme.response.saved"));
        StatePosition position = responses.released(body.id()).orElseThrow();
        assertThat(position.position()).isEqualTo(Position.PARTIALLY_ACCEPTED);
        assertThat(position.reasoning()).isEqualTo("Нет данных о доходах в двух областях");
        assertThat(position.measures()).singleElement().satisfies(m -> {
            assertThat(m.description()).isEqualTo("Пилот учёта доходов — Управление соцзащиты");
            assertThat(m.targetDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(addressees.require(body.id()).position()).isEqualTo(Position.PARTIALLY_ACCEPTED);
        assertThat(jdbc.sql("select count(*) from timeline_entry where addressee_id = :a and kind = 'POSITION_RELEASED'")
                .param("a", body.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select implementation_due from addressee where id = :a").param("a", body.id())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 6, 30));
        mvc.perform(get("/recommendations/" + tracked.id()).with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("принята частично")))
                .andExpect(content().string(containsString("Пилот учёта доходов — Управление соцзащиты")))
                .andExpect(content().string(not(containsString("ответ с опозданием"))));

        // Time passes beyond the deadline on both sides; the body then revises its answer.
        jdbc.sql("update programme_evaluation_report set response_due = current_date - 3 where evaluation_id = :e")
                .param("e", evaluation.id()).update();
        jdbc.sql("update addressee set due_date = current_date - 3, original_due_date = current_date - 3 where id = :a")
                .param("a", body.id()).update();
        int version = reports.recommendation(evaluation.id(), source.id()).version();
        mvc.perform(respond(url, "DISAGREE", "Мера дублирует закон о соцпомощи", version))
                .andExpect(flash().attribute("flash", "programme.response.savedLate"));
        StatePosition revised = responses.released(body.id()).orElseThrow();
        assertThat(revised.position()).isEqualTo(Position.REJECTED);
        assertThat(revised.revision()).isTrue();
        assertThat(revised.measures()).isEmpty();
        assertThat(responses.history(body.id())).hasSize(2);
        assertThat(responses.late(revised, addressees.require(body.id()))).isTrue();
        mvc.perform(get("/recommendations/" + tracked.id()).with(TestUsers.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("отклонена")))
                .andExpect(content().string(containsString("ответ с опозданием")));

        // Published (the deadline has passed), the portal shows the late answer as late, the earlier one as history.
        world.tx.executeWithoutResult(s -> reports.advance(evaluation.id(), reports.report(evaluation.id()).version(),
                ReportStage.PUBLISHED, null, world.coordinator));
        String publicPath = context.getBean(kg.kozomol.portal.PublicTracker.class).recommendation(tracked.id()).orElseThrow()
                .summary().path();
        mvc.perform(get(publicPath)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Мера дублирует закон о соцпомощи")))
                .andExpect(content().string(containsString("ответ с опозданием")));
    }

    @Test
    void theTrackerAndThePortalShowTheEvaluationAsTheSourceAndNoPageFailsWithoutABrief() throws Exception {
        EvaluationRecommendation source = finalReport().get(0);
        Recommendation tracked = recommendations.fromEvaluationRecommendation(source.id()).orElseThrow();
        KozomolPrincipal coordinator = world.coordinator;

        mvc.perform(get("/recommendations").param("source", "EVALUATION").with(TestUsers.as(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(tracked.reference())))
                .andExpect(content().string(containsString("Оценка № " + evaluation.id())));
        mvc.perform(get("/recommendations").param("source", "BRIEF").with(TestUsers.as(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(tracked.reference()))));
        for (String page : List.of("/recommendations", "/tracker/dashboard", "/tracker/follows")) {
            mvc.perform(get(page).with(TestUsers.as(coordinator))).andExpect(status().isOk());
        }
        mvc.perform(get("/tracker/inbox").with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString(tracked.reference())));

        // Not public, and seen only by its parties, before the report and the response are published.
        mvc.perform(get("/p/recommendations")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tracked.reference()))));
        mvc.perform(get("/p/recommendations/" + tracked.id())).andExpect(status().isNotFound());
        KozomolPrincipal outsider = world.member(kg.kozomol.platform.Role.RESEARCHER,
                world.fixtures.organisation(kg.kozomol.identity.OrganisationKind.CSO));
        mvc.perform(get("/recommendations").with(TestUsers.as(outsider))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tracked.reference()))));
        mvc.perform(get("/recommendations/" + tracked.id()).with(TestUsers.as(outsider))).andExpect(status().isNotFound());

        answerAll();
        world.tx.executeWithoutResult(s -> reports.advance(evaluation.id(), reports.report(evaluation.id()).version(),
                ReportStage.PUBLISHED, null, world.coordinator));
        String programmePath = "/p/programmes/" + programme.id() + "#evaluation-" + evaluation.id();
        mvc.perform(get("/recommendations/" + tracked.id()).with(TestUsers.as(outsider))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/p/programmes/" + programme.id() + "#evaluation-" + evaluation.id())));
        mvc.perform(get("/p/recommendations").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString(tracked.reference())));
        String publicPath = context.getBean(kg.kozomol.portal.PublicTracker.class).recommendation(tracked.id()).orElseThrow()
                .summary().path();
        mvc.perform(get(publicPath)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Итоговая оценка (синтетика)")))
                .andExpect(content().string(containsString(programmePath)))
                .andExpect(content().string(containsString("Пилот учёта доходов — Управление соцзащиты")));
        mvc.perform(get("/api/v1/recommendations/" + tracked.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"evaluationId\":" + evaluation.id())))
                .andExpect(content().string(containsString("\"briefId\":null")));
        mvc.perform(get("/api/v1/recommendations")).andExpect(status().isOk())
                .andExpect(content().string(containsString(tracked.reference())));
        // The public tracker, the API and the downloads narrow by source, and the page offers the choice.
        mvc.perform(get("/p/recommendations").param("source", "evaluation")).andExpect(status().isOk())
                .andExpect(content().string(containsString(tracked.reference())))
                .andExpect(content().string(containsString("<select id=\"source\" name=\"source\">")))
                .andExpect(content().string(not(containsString("не распознаны"))));
        mvc.perform(get("/p/recommendations").param("source", "brief")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tracked.reference()))));
        mvc.perform(get("/api/v1/recommendations").param("source", "BRIEF")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tracked.reference()))));
        mvc.perform(get("/api/v1/recommendations").param("source", "evaluation")).andExpect(status().isOk())
                .andExpect(content().string(containsString(tracked.reference())));
        mvc.perform(get("/api/v1/recommendations").param("source", "budget")).andExpect(status().isBadRequest());
        mvc.perform(get("/p/data/recommendations.csv").param("source", "brief")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tracked.reference()))));
        mvc.perform(get("/p/data/recommendations.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ID оценки")))
                .andExpect(content().string(containsString("Итоговая оценка (синтетика)")));
        for (String page : List.of("/p/data/recommendations.xlsx", "/p/data/recommendations.json",
                "/p/data/recommendations/" + tracked.id() + "/timeline.csv", "/p/uptake", "/p/bodies", "/p/data", "/sitemap.xml",
                "/p/feeds/bodies/" + world.ministry.id() + ".atom", "/p/search?q=" + "доходов", "/")) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
        String scorecard = mvc.perform(get("/p/bodies/" + world.ministry.id())).andExpect(status().isMovedPermanently())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(scorecard)).andExpect(status().isOk()).andExpect(content().string(containsString(tracked.reference())));
    }

    private List<Long> tracked() {
        return jdbc.sql("select id from recommendation where evaluation_id = :e order by id").param("e", evaluation.id())
                .query(Long.class).list();
    }

    /** Two recommendations, no comments, the report final with a deadline twenty days ahead. */
    private List<EvaluationRecommendation> finalReport() {
        return world.tx.execute(s -> {
            reports.addRecommendation(evaluation.id(), "Ввести адресный учёт доходов семей", "Үй-бүлөлөрдүн кирешесин эсепке алуу",
                    rapporteur);
            reports.addRecommendation(evaluation.id(), "Обучить тьюторов инклюзивных классов", null, rapporteur);
            reports.advance(evaluation.id(), 0, ReportStage.FACTUAL_REVIEW, null, world.coordinator);
            reports.advance(evaluation.id(), 1, ReportStage.FINAL, due, world.coordinator);
            return reports.recommendations(evaluation.id());
        });
    }

    private void answerAll() throws Exception {
        for (EvaluationRecommendation r : reports.recommendations(evaluation.id())) {
            String url = "/evaluations/" + evaluation.id() + "/recommendations/" + r.id() + "/response";
            mvc.perform(respond(url, "AGREE", null, r.version()).param("actions[0].what", "Пилот учёта доходов")
                            .param("actions[0].who", "Управление соцзащиты").param("actions[0].due", "2027-06-30"))
                    .andExpect(flash().attribute("flash", "programme.response.saved"));
        }
    }

    private MockHttpServletRequestBuilder respond(String url, String stance, String reasons, int version) {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(TestUsers.as(world.focal)).param("stance", stance)
                .param("version", Integer.toString(version));
        return reasons == null ? request : request.param("reasons", reasons);
    }
}
