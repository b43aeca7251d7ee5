package kg.kozomol.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.analysis.AnalysisComputations;
import kg.kozomol.analysis.AnalysisDefinition;
import kg.kozomol.analysis.Dataset;
import kg.kozomol.analysis.Datasets;
import kg.kozomol.analysis.Estimator;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.stats.LonelyPsu;
import kg.kozomol.study.Study;

/**
 * A synthetic household dataset for the demo study (3 districts × 10 schools × 12 households, generated once and
 * kept in {@code demo/karakol-households.csv}) and one saved analysis of it: the share of households whose school has
 * a ramp, by district, on the stratified cluster design.
 */
@Component
class DemoAnalyses {

    private static final String FILE = "karakol-households.csv";

    private final Datasets datasets;
    private final AnalysisComputations analyses;

    DemoAnalyses(Datasets datasets, AnalysisComputations analyses) {
        this.datasets = datasets;
        this.analyses = analyses;
    }

    void load(UserAccount researcher, Study study) {
        KozomolPrincipal author = DemoAccounts.principal(researcher, study.organisationId(), Role.RESEARCHER);
        try (InputStream content = DemoAnalyses.class.getResourceAsStream("/demo/" + FILE)) {
            Dataset dataset = DemoAccounts.as(author, () -> datasets.upload(study,
                    "[Синтетические демо-данные] Опрос домохозяйств у школ", FILE, content));
            DemoAccounts.as(author, () -> analyses.create(dataset, new AnalysisDefinition(
                    "Доля домохозяйств, чья школа оборудована пандусом, по районам (демо)", "w", "district", "school",
                    null, true, LonelyPsu.FAIL, Estimator.PROPORTION, "ramp", "1", null, null, null, List.of("district"), false)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
