package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;

/**
 * The public programme pages: the consensus, the conflict-of-interest statement and the management response of a
 * published evaluation, read through the portal_programme_* views; never individual ratings, declarations, the
 * coordinator's notes, factual-accuracy comments, unpublished evaluations or draft programmes.
 */
@KozomolTest
class PublicProgrammeIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void aPublishedEvaluationShowsConsensusConflictsAndResponseButNothingPrivate() throws Exception {
        ProgrammeWorld world = new ProgrammeWorld(context);
        Evaluations evaluations = context.getBean(Evaluations.class);
        EvaluationScoring scoring = context.getBean(EvaluationScoring.class);
        EvaluationReports reports = context.getBean(EvaluationReports.class);
        ManagementResponses responses = context.getBean(ManagementResponses.class);
        Programme programme = world.programme("Социальный контракт: публичная страница (синтетика)");
        Programme draft = world.programme("Черновик программы (синтетика)");
        List<FrameworkNode> chain = world.chain(programme);
        world.indicator(programme, chain.get(1), MeasureType.UNIT, "семей", List.of());
        jdbc.sql("update programme set status = 'IN_IMPLEMENTATION' where id = :id").param("id", programme.id()).update();

        ConcludedEvaluation published = ConcludedEvaluation.of(world, programme, evaluations, scoring);
        ConcludedEvaluation unpublished = ConcludedEvaluation.of(world, programme, evaluations, scoring);
        jdbc.sql("update programme_evaluation set title = 'НЕОПУБЛИКОВАННАЯ ОЦЕНКА' where id = :id")
                .param("id", unpublished.evaluation().id()).update();
        long evaluationId = published.evaluation().id();
        world.tx.execute(s -> {
            EvaluationRecommendation r = reports.addRecommendation(evaluationId, "Ввести адресный учёт доходов семей", null,
                    published.rapporteur());
            reports.advance(evaluationId, 0, ReportStage.FACTUAL_REVIEW, null, world.coordinator);
            FactualComment c = reports.comment(evaluationId, null, "ЗАМЕЧАНИЕ-ОРГАНА-НЕ-ПУБЛИКУЕТСЯ", world.focal);
            reports.resolve(evaluationId, c.id(), 0, "Исправлено", published.rapporteur());
            reports.advance(evaluationId, 1, ReportStage.FINAL, LocalDate.of(2099, 1, 1), world.coordinator);
            responses.respond(evaluationId, r.id(), new ResponseInput(Stance.PARTIALLY_AGREE, "Нет данных в двух областях",
                    List.of(new ResponseInput.Line("Пилот учёта доходов", "Управление соцзащиты", "2027-06-30")), 0), world.focal);
            reports.advance(evaluationId, 2, ReportStage.PUBLISHED, null, world.coordinator);
            return null;
        });

        mvc.perform(get("/p/programmes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Социальный контракт: публичная страница (синтетика)")))
                .andExpect(content().string(not(containsString("Черновик программы (синтетика)"))));
        mvc.perform(get("/p/programmes/" + programme.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"canonical\"")))
                .andExpect(content().string(containsString("Индикатор UNIT (семей)")))
                .andExpect(content().string(containsString("Итоговая оценка (синтетика)")))
                .andExpect(content().string(containsString("Согласованный вывод по RELEVANCE")))
                .andExpect(content().string(containsString("Охват вырос, доходы семей нет")))
                .andExpect(content().string(containsString("конфликта нет")))
                .andExpect(content().string(containsString("конфликт смягчён")))
                .andExpect(content().string(containsString("Частично согласны")))
                .andExpect(content().string(containsString("Пилот учёта доходов")))
                .andExpect(content().string(not(containsString("СЕКРЕТНОЕ-ОБОСНОВАНИЕ"))))
                .andExpect(content().string(not(containsString("Связей нет"))))
                .andExpect(content().string(not(containsString("Не оценивает компонент Таласа"))))
                .andExpect(content().string(not(containsString("ЗАМЕЧАНИЕ-ОРГАНА-НЕ-ПУБЛИКУЕТСЯ"))))
                .andExpect(content().string(not(containsString("НЕОПУБЛИКОВАННАЯ ОЦЕНКА"))));
        mvc.perform(get("/p/programmes/" + programme.id()).cookie(new jakarta.servlet.http.Cookie("kozomol_lang", "en")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Recommendations and management response")))
                .andExpect(content().string(containsString("Partially agree")));
        mvc.perform(get("/p/programmes/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(get("/p/programmes/nonsense")).andExpect(status().isNotFound());

        // The sitemap lists the register and every public programme page, dated by its latest published evaluation.
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/p/programmes</loc>")))
                .andExpect(content().string(containsString("/p/programmes/" + programme.id() + "</loc><lastmod>" + today + "</lastmod>")))
                .andExpect(content().string(not(containsString("/p/programmes/" + draft.id() + "</loc>"))));

        assertThat(jdbc.sql("""
                select count(*) from information_schema.view_table_usage
                where view_name like 'portal_programme%'
                  and table_name in ('programme_evaluation_score', 'programme_evaluation_comment', 'programme_design_score')
                """).query(Long.class).single()).as("no public view reads individual ratings or comments").isZero();
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns where table_name like 'portal_programme%'
                  and column_name in ('declaration', 'decision_note', 'justification', 'rating', 'email', 'body')
                """).query(Long.class).single()).isZero();
    }
}
