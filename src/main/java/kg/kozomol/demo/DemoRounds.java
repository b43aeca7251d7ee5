package kg.kozomol.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisComputations;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.analysis.Dataset;
import kg.kozomol.analysis.Datasets;
import kg.kozomol.analysis.Estimator;
import kg.kozomol.brief.Brief;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.programme.MonitoringRound;
import kg.kozomol.programme.MonitoringRounds;
import kg.kozomol.programme.RoundComparisons;
import kg.kozomol.programme.RoundDraft;
import kg.kozomol.stats.LonelyPsu;
import kg.kozomol.study.Oblast;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyMethod;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;

/**
 * A re-monitoring round of the inclusive-education programme: the CSO's school accessibility audits of 2024 and 2026
 * (3 districts × 15 schools each, independent samples, generated once and kept in {@code demo/school-audit-*.csv}),
 * a saved analysis of each (share of schools with an accessible entrance, stratified by district), the round linking
 * them to the programme's indicator and to two of the Karakol brief's recommendations, what became of each, and the
 * before/after with its design-based CI computed by the statistics engine.
 */
@Component
class DemoRounds {

    private static final String THEME = "karakol-school-accessibility";

    private final Studies studies;
    private final Themes themes;
    private final Datasets datasets;
    private final AnalysisComputations analyses;
    private final Recommendations recommendations;
    private final MonitoringRounds rounds;
    private final RoundComparisons comparisons;

    DemoRounds(Studies studies, Themes themes, Datasets datasets, AnalysisComputations analyses, Recommendations recommendations,
            MonitoringRounds rounds, RoundComparisons comparisons) {
        this.studies = studies;
        this.themes = themes;
        this.datasets = datasets;
        this.analyses = analyses;
        this.recommendations = recommendations;
        this.rounds = rounds;
        this.comparisons = comparisons;
    }

    /**
     * @param brief the published Karakol school-accessibility brief, whose ramp and audit recommendations are re-monitored
     * @param entrance the programme indicator both audits measure
     */
    void load(UserAccount researcher, long csoId, Brief brief, DemoProgrammes.Tracked entrance) {
        KozomolPrincipal author = DemoAccounts.principal(researcher, csoId, Role.RESEARCHER);
        try {
            Analysis before = audit(author, csoId, 2024);
            Analysis after = audit(author, csoId, 2026);
            List<Recommendation> followed = recommendations.allOfBrief(brief.id()).stream()
                    .filter(r -> r.textRu().startsWith("Оборудовать пандусами") || r.textRu().startsWith("Ввести обязательный аудит"))
                    .toList();
            MonitoringRound round = DemoAccounts.as(author, () -> rounds.create(entrance.programmeId(), new RoundDraft(after.studyId(), null, before.studyId(),
                    "[Синтетические демо-данные] Повторный мониторинг доступности школ, 2026",
                    "Тот же чек-лист аудита школы, версия 2 (демо)", "Тот же список школ трёх районов; новая выборка (демо)",
                    false, followed.stream().map(Recommendation::id).toList(), List.of(entrance.indicator().id())), author, true));
            for (Recommendation r : followed) {
                boolean ramps = r.textRu().startsWith("Оборудовать пандусами");
                String effect = ramps
                        ? "Пандусы появились у 9 из 15 обследованных школ Каракола; дети на колясках заходят в здание сами (демо)"
                        : "Акт доступности утверждён только в пилотных районах; две школы приняты после ремонта без пандуса (демо)";
                DemoAccounts.as(author, () -> rounds.recordProgress(round.id(), r.id(), 0,
                        ramps ? Completion.SUBSTANTIAL : Completion.LIMITED, effect, author));
            }
            DemoAccounts.as(author, () -> comparisons.compare(round, entrance.indicator().id(), 0, before, after, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One year's audit: a study, its synthetic school dataset and the saved analysis of the share with an accessible entrance. */
    private Analysis audit(KozomolPrincipal author, long csoId, int year) {
        String file = "school-audit-" + year + ".csv";
        Study study = DemoAccounts.as(author, () -> studies.create(new StudyDraft(csoId, themes.findByCode(THEME).orElseThrow().id(),
                "[Синтетические демо-данные] Аудит доступности школ Иссык-Кульской области, " + year,
                "[Синтетикалык демо-маалымат] Ысык-Көл облусунун мектептеринин жеткиликтүүлүк аудити, " + year,
                "Вымышленный пример. Оценить долю школ с доступным входом в г. Каракол, Ак-Суйском и Джети-Огузском районах.",
                List.of(StudyMethod.SITE_AUDIT), "Общеобразовательные школы трёх районов (условные данные)", List.of(Oblast.ISSYK_KUL),
                LocalDate.of(year, 4, 1), LocalDate.of(year, 5, 31), List.of(),
                "Аудит зданий без опроса людей; фотографии без лиц (демо).", Map.of()), author, true));
        try (InputStream content = DemoRounds.class.getResourceAsStream("/demo/" + file)) {
            Dataset dataset = DemoAccounts.as(author, () -> datasets.upload(study,
                    "[Синтетические демо-данные] Аудит школ " + year, file, content));
            return DemoAccounts.as(author, () -> analyses.create(dataset, new AnalysisDefinition(
                    "Доля школ с доступным входом, " + year + " (демо)", "w", "district", null, null, false, LonelyPsu.FAIL,
                    Estimator.PROPORTION, "entrance", "1", null, null, null, List.of(), false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
