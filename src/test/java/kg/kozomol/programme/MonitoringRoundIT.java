package kg.kozomol.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.Completion;

/**
 * A re-monitoring round from end to end: a CSO opens it on a new study against an earlier one, records what became of
 * a recommendation, and computes an indicator's before/after from two saved analyses. The stored difference and its
 * CI are R survey's ({@code src/test/r/round-fixtures.R}, case independent_combined).
 */
@KozomolTest
class MonitoringRoundIT {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    RoundWorld r;
    ProgrammeWorld world;
    Programme programme;
    Indicator indicator;
    kg.kozomol.platform.KozomolPrincipal researcher;
    kg.kozomol.study.Study earlier;
    kg.kozomol.study.Study later;
    kg.kozomol.tracker.Recommendation recommendation;

    @BeforeEach
    void setUp() {
        r = new RoundWorld(context);
        world = r.world;
        programme = r.programme;
        indicator = r.indicator;
        researcher = r.researcher;
        earlier = r.earlier;
        later = r.later;
        recommendation = r.recommendation;
    }
    @Test
    void aResearcherOpensARoundRecordsProgressAndComputesTheDifferenceAsR() throws Exception {
        Analysis before = r.before();
        Analysis after = r.after();

        mvc.perform(get("/programmes/" + programme.id() + "/rounds/new").with(TestUsers.as(researcher)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(indicator.nameRu())));
        mvc.perform(post("/programmes/" + programme.id() + "/rounds").with(csrf()).with(TestUsers.as(researcher))
                        .param("title", "Повторный мониторинг 2026").param("studyId", Long.toString(later.id()))
                        .param("previousStudyId", Long.toString(earlier.id()))
                        .param("instrumentNote", "Та же анкета, версия 2")
                        .param("recommendations", recommendation.reference())
                        .param("indicatorIds", Long.toString(indicator.id())))
                .andExpect(redirectedUrlPattern("/rounds/*"));
        MonitoringRound round = rounds().ofProgramme(programme.id()).get(0);
        assertThat(round.previousStudyId()).isEqualTo(earlier.id());
        assertThat(round.overlapping()).isFalse();

        String base = "/rounds/" + round.id();
        mvc.perform(post(base + "/recommendations/" + recommendation.id()).with(csrf()).with(TestUsers.as(researcher))
                .param("completion", "SUBSTANTIAL").param("effect", "В 12 школах дети на колясках попадают в класс.")
                .param("version", "0")).andExpect(flash().attribute("flash", "programme.round.progressSaved"));
        RoundRecommendation progress = rounds().recommendation(round.id(), recommendation.id());
        assertThat(progress.completion()).isEqualTo(Completion.SUBSTANTIAL);
        assertThat(progress.effect()).contains("12 школах");

        mvc.perform(post(base + "/indicators/" + indicator.id()).with(csrf()).with(TestUsers.as(researcher))
                .param("beforeAnalysisId", Long.toString(before.id()))
                .param("afterAnalysisId", Long.toString(after.id())).param("version", "0"))
                .andExpect(flash().attribute("flash", "programme.round.compared"));
        RoundIndicator compared = rounds().indicator(round.id(), indicator.id());
        assertThat(compared.difference().doubleValue()).isCloseTo(37.602363159320817, withinPercentage(1e-7));
        assertThat(compared.differenceSe().doubleValue()).isCloseTo(13.371011368343099, withinPercentage(1e-4));
        assertThat(compared.ciLow().doubleValue()).isCloseTo(11.395662440492721, withinPercentage(1e-4));
        assertThat(compared.ciHigh().doubleValue()).isCloseTo(63.809063878148912, withinPercentage(1e-4));
        assertThat(compared.linked()).isFalse();

        mvc.perform(get(base).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("37,60")))
                .andExpect(content().string(containsString("11,40 … 63,81")))
                .andExpect(content().string(containsString("В 12 школах")));
        mvc.perform(get("/programmes/" + programme.id()).with(TestUsers.as(world.focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Повторный мониторинг 2026")));
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingWritten() throws Exception {
        long count = world.fixtures.count("select count(*) from programme_round");
        mvc.perform(post("/programmes/" + programme.id() + "/rounds").with(csrf()).with(TestUsers.as(researcher))
                        .param("title", "Раунд").param("studyId", Long.toString(later.id()))
                        .param("previousStudyId", Long.toString(later.id()))
                        .param("indicatorIds", Long.toString(indicator.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите предыдущий раунд или другое существующее исследование.")));
        mvc.perform(post("/programmes/" + programme.id() + "/rounds").with(csrf()).with(TestUsers.as(researcher))
                        .param("title", "Раунд").param("studyId", Long.toString(later.id()))
                        .param("previousStudyId", Long.toString(earlier.id())).param("recommendations", "НЕТ-ТАКОЙ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Не найдены рекомендации с такими номерами.")));
        assertThat(world.fixtures.count("select count(*) from programme_round")).isEqualTo(count);

        MonitoringRound round = r.round();
        mvc.perform(post("/rounds/" + round.id() + "/recommendations/" + recommendation.id()).with(csrf())
                .with(TestUsers.as(researcher)).param("completion", "SOMETIMES").param("version", "0"))
                .andExpect(flash().attribute("refused", "programme.validation.required"));
        mvc.perform(post("/rounds/" + round.id() + "/indicators/" + indicator.id()).with(csrf())
                .with(TestUsers.as(researcher)).param("beforeAnalysisId", "999999").param("version", "0"))
                .andExpect(flash().attribute("refused", "programme.round.validation.analyses"));
        assertThat(rounds().recommendation(round.id(), recommendation.id()).completion()).isNull();
        assertThat(rounds().indicator(round.id(), indicator.id()).computed()).isFalse();
        // a state focal point reads the round but does not record the CSO's findings
        mvc.perform(post("/rounds/" + round.id() + "/recommendations/" + recommendation.id()).with(csrf())
                .with(TestUsers.as(world.focal)).param("completion", "COMPLETE").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    private MonitoringRounds rounds() {
        return r.rounds();
    }
}
