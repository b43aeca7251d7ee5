package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** postStratify and rake (weights, convergence, and estimates on the calibrated designs) against R. */
class CalibrationTest {

    private static final RFixtures R = RFixtures.load("calibration");
    private static final Map<String, Double> STYPE = Map.of("E", 4421.0, "H", 755.0, "M", 1018.0);
    private static final Map<String, Double> SCHWIDE = Map.of("No", 1072.0, "Yes", 5122.0);
    private static final Map<String, Double> AWARDS = Map.of("No", 2400.0, "Yes", 3794.0);

    static Stream<String> designs() {
        return Stream.of("clus1_ps", "strat_ps_schwide", "clus2_ps", "clus1_rake", "clus1_rake_tight",
                "clus1_rake_maxit2", "strat_rake");
    }

    static Raked calibrate(String name) {
        SurveyDesign clus1 = RDesigns.clus1();
        SurveyDesign strat = RDesigns.strat();
        Margin stype = new Margin("stype", STYPE);
        Margin schwide = new Margin("sch.wide", SCHWIDE);
        Margin awards = new Margin("awards", AWARDS);
        return switch (name) {
            case "clus1_ps" -> new Raked(Calibration.postStratify(clus1, "stype", STYPE), null);
            case "strat_ps_schwide" -> new Raked(Calibration.postStratify(strat, "sch.wide", SCHWIDE), null);
            case "clus2_ps" -> new Raked(Calibration.postStratify(RDesigns.get("clus2"), "stype", STYPE), null);
            case "clus1_rake" -> Calibration.rake(clus1, List.of(stype, schwide));
            case "clus1_rake_tight" -> Calibration.rake(clus1, List.of(stype, schwide, awards),
                    new RakeControl(100, 1e-9));
            case "clus1_rake_maxit2" -> Calibration.rake(clus1, List.of(stype, schwide, awards),
                    new RakeControl(2, 1e-12));
            case "strat_rake" -> Calibration.rake(strat, List.of(schwide, awards));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @MethodSource("designs")
    void weightsAndConvergenceMatchR(String name) {
        Raked raked = calibrate(name);
        double[] weights = raked.design().weights();
        for (int row = 0; row < weights.length; row++) {
            R.check(name + "_weights", "weight", Integer.toString(row + 1), weights[row], RFixtures.ESTIMATE);
        }
        if (raked.report() != null) {
            RakeReport report = raked.report();
            assertThat(report.sweeps()).isEqualTo((int) R.value(name, "rake", "sweeps"));
            assertThat(report.converged()).isEqualTo(R.value(name, "rake", "converged") == 1);
            R.check(name, "rake", "delta", report.maxChange(), 1e-6);
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void estimatesOnCalibratedDesignsMatchR(String name) {
        SurveyDesign design = calibrate(name).design();
        assertThat(design.calibrated()).isTrue();
        R.checkEstimate(name + "_mean_api00", "api00", Mean.of(design, "api00"));
        R.checkEstimate(name + "_total_enroll", "enroll", Total.of(design, "enroll", Options.removeMissing()));
        R.checkEstimate(name + "_mean_acs.k3_narm", "acs.k3", Mean.of(design, "acs.k3", Options.removeMissing()));
        for (Estimate total : Categories.totals(design, "stype", Options.DEFAULT)) {
            R.checkEstimate(name + "_total_stype", total.term(), total);
        }
        for (DomainEstimate<Estimate> domain : Domains.by(design, "sch.wide", d -> Mean.of(d, "api00"))) {
            R.checkEstimate(name + "_by_sch.wide_mean_api00", domain.level(), domain.result());
        }
        Estimate ratio = Ratio.of(design, "api.stu", "enroll", Options.removeMissing());
        R.check(name + "_ratio_api.stu_enroll", "estimate", "ratio", ratio.estimate(), RFixtures.ESTIMATE);
        R.check(name + "_ratio_api.stu_enroll", "se", "ratio", ratio.se(), RFixtures.VARIANCE);
        SurveyRegressionTest.check(R, name + "_linear", Regression.linear(design, "api00", List.of("ell", "meals")),
                false);
    }

    @Test
    void aSampleLevelMissingFromThePopulationIsNamed() {
        assertThatThrownBy(() -> Calibration.postStratify(RDesigns.clus1(), "stype", Map.of("E", 4421.0, "H", 755.0)))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.POSTSTRATUM_NOT_IN_POPULATION);
                    assertThat(e.args()).containsExactly("stype", "M");
                });
    }

    @Test
    void aPopulationLevelWithoutSampleIsNamed() {
        assertThatThrownBy(() -> Calibration.postStratify(RDesigns.clus1(), "stype",
                Map.of("E", 4421.0, "H", 755.0, "M", 1018.0, "K", 12.0)))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.POSTSTRATUM_NOT_IN_SAMPLE);
                    assertThat(e.args()).containsExactly("stype", "K");
                });
    }

    @Test
    void aNegativePopulationCountIsRefused() {
        assertThatThrownBy(() -> Calibration.postStratify(RDesigns.clus1(), "stype",
                Map.of("E", 4421.0, "H", -755.0, "M", 1018.0)))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.POPULATION_TOTAL_INVALID);
                    assertThat(e.args()).containsExactly("stype", "H", -755.0);
                });
    }

    @Test
    void rakingThatRunsOutOfSweepsSaysSo() {
        RakeReport report = calibrate("clus1_rake_maxit2").report();
        assertThat(report.converged()).isFalse();
        assertThat(report.sweeps()).isEqualTo(2);
        assertThat(report.maxChange()).isGreaterThan(report.tolerance());
    }
}
