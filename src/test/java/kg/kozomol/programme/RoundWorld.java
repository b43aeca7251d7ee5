package kg.kozomol.programme;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationDraft;
import kg.kozomol.tracker.Recommendations;

/**
 * A programme with an indicator, a CSO researcher with an earlier and a later study, and a recommendation to
 * re-monitor; saved analyses on R survey's example data so before/after can be checked against R.
 */
final class RoundWorld {

    private static final Path DATA = Path.of("src/test/resources/stats/data");

    final ApplicationContext context;
    final ProgrammeWorld world;
    final Programme programme;
    final Indicator indicator;
    final KozomolPrincipal researcher;
    final Study earlier;
    final Study later;
    final Recommendation recommendation;

    RoundWorld(ApplicationContext context) {
        this.context = context;
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

    MonitoringRounds rounds() {
        return context.getBean(MonitoringRounds.class);
    }

    /** apisrs's api99 in the earlier study, apistrat's api00 in the later: R's case independent_combined. */
    Analysis before() throws Exception {
        return analysis(earlier, "apisrs", new AnalysisDefinition("API 1999", null, null, null, "fpc",
                false, LonelyPsu.FAIL, Estimator.MEAN, "api99", null, null, null, null, java.util.List.of(), false));
    }

    Analysis after() throws Exception {
        return analysis(later, "apistrat", new AnalysisDefinition("API 2000", "pw", "stype", null, "fpc",
                false, LonelyPsu.FAIL, Estimator.MEAN, "api00", null, null, null, null, java.util.List.of(), false));
    }

    MonitoringRound round() {
        return world.tx.execute(s -> rounds().create(programme.id(), new RoundDraft(later.id(), null,
                earlier.id(), "Раунд", "Та же анкета", null, false, List.of(recommendation.id()),
                List.of(indicator.id())), researcher, false));
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

    static <T> T as(KozomolPrincipal user, Supplier<T> action) {
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
