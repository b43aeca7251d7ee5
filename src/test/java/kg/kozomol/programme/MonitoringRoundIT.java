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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.analysis.Analyses;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.analysis.Dataset;
import kg.kozomol.analysis.Datasets;
import kg.kozomol.analysis.Estimator;
import kg.kozomol.brief.Bilingual;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefDraft;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Methodology;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.ThemeDraft;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.stats.LonelyPsu;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.support.KozomolTest;
import kg.kozomol.support.TestUsers;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;

/**
 * A re-monitoring round from end to end: a CSO opens it on a new study against an earlier one, records what became of
 * a recommendation, and computes an indicator's before/after from two saved analyses. The stored difference and its
 * CI are R survey's ({@code src/test/r/round-fixtures.R}, case independent_combined).
 */
@KozomolTest
class MonitoringRoundIT {

    private static final Path DATA = Path.of("src/test/resources/stats/data");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    ProgrammeWorld world;
    Programme programme;
    Indicator indicator;
    KozomolPrincipal researcher;
    Study earlier;
    Study later;
    Recommendation recommendation;

    @BeforeEach
    void setUp() throws Exception {
        world = new ProgrammeWorld(context);
        programme = world.programme("Инклюзивное образование");
        List<FrameworkNode> chain = world.chain(programme);
        indicator = world.indicator(programme, chain.get(1), MeasureType.UNIT, "балл", List.of());
        Organisation cso = world.fixtures.organisation(OrganisationKind.CSO);
        researcher = world.member(Role.RESEARCHER, cso);
        Theme theme = world.tx.execute(s -> context.getBean(Themes.class).create(new ThemeDraft(
                "round-theme-" + System.nanoTime(), "Тема", "Тема", "Theme", true), false));
        earlier = study(cso, theme, "Опрос школ 2025");
        later = study(cso, theme, "Опрос школ 2026");
        recommendation = as(researcher, () -> {
            Brief brief = context.getBean(Briefs.class).create(new BriefDraft(cso.id(), theme.id(), "ru",
                    new Bilingual("Записка о школах", null), Bilingual.EMPTY, Bilingual.EMPTY,
                    new Methodology(Bilingual.EMPTY, null, null, null), List.of(researcher.id())), researcher, false);
            return context.getBean(Recommendations.class).create(new RecommendationDraft(brief.id(), 1, cso.id(),
                    "Оборудовать пандусы в школах.", null, "ru", null, ActionType.BUDGET, Priority.HIGH, null,
                    world.ministry.id(), List.of(), List.of(), null, List.of()));
        });
    }

    @Test
    void aResearcherOpensARoundRecordsProgressAndComputesTheDifferenceAsR() throws Exception {
        Analysis before = analysis(earlier, "apisrs", new AnalysisDefinition("API 1999", null, null, null, "fpc",
                false, LonelyPsu.FAIL, Estimator.MEAN, "api99", null, null, null, false));
        Analysis after = analysis(later, "apistrat", new AnalysisDefinition("API 2000", "pw", "stype", null, "fpc",
                false, LonelyPsu.FAIL, Estimator.MEAN, "api00", null, null, null, false));

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

        MonitoringRound round = world.tx.execute(s -> rounds().create(programme.id(), new RoundDraft(later.id(), null,
                earlier.id(), "Раунд", null, null, false, List.of(recommendation.id()), List.of(indicator.id())),
                researcher, false));
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
        return context.getBean(MonitoringRounds.class);
    }

    private Study study(Organisation cso, Theme theme, String title) {
        return as(researcher, () -> context.getBean(Studies.class).create(new StudyDraft(cso.id(), theme.id(), title,
                null, "Доступны ли школы?", List.of(StudyMethod.HOUSEHOLD_SURVEY), "Школы", List.of(Oblast.TALAS),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), List.of(), "Устное согласие", Map.of()),
                researcher, false));
    }

    private Analysis analysis(Study study, String file, AnalysisDefinition definition) throws Exception {
        try (InputStream in = Files.newInputStream(DATA.resolve(file + ".csv"))) {
            Dataset dataset = as(researcher, () -> context.getBean(Datasets.class).upload(study, file, file + ".csv", in));
            return as(researcher, () -> context.getBean(Analyses.class).create(dataset, definition));
        }
    }

    private static <T> T as(KozomolPrincipal user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
