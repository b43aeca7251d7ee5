package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replicate-weight designs (JK1, bootstrap, BRR) with the replicate weights R made (as.svrepdesign, svrepdesign),
 * so both sides use the same replicates.
 */
class ReplicateDesignTest {

    private static final RFixtures R = RFixtures.load("replicate");
    private static final Map<String, String> DATA = Map.of("clus1_jk1", "apiclus1", "clus1_jk1_mse", "apiclus1",
            "strat_boot", "apistrat", "clus1_boot", "apiclus1", "srs_brr", "apisrs", "scd_brr", "scd", "scd_ll", "scd");

    static Stream<String> apiDesigns() {
        return Stream.of("clus1_jk1", "clus1_jk1_mse", "strat_boot", "clus1_boot", "srs_brr");
    }

    static ReplicateDesign design(String name) {
        SurveyData data = RFixtures.data(DATA.get(name));
        SurveyData weights = RFixtures.data("rep_" + name);
        double[][] replicates = new double[weights.names().size()][];
        for (int r = 0; r < replicates.length; r++) {
            replicates[r] = weights.numeric("rep" + (r + 1)).values();
        }
        double[] rscales = new double[replicates.length];
        for (int r = 0; r < rscales.length; r++) {
            rscales[r] = R.value(name, "rscales", "rep" + (r + 1));
        }
        ReplicateDesign.Builder builder = ReplicateDesign.of(data).replicates(replicates)
                .scale(R.value(name, "design", "scale")).rscales(rscales)
                .mse(R.value(name, "design", "mse") == 1);
        return (data.has("pw") ? builder.weights("pw") : builder).build();
    }

    @ParameterizedTest
    @MethodSource("apiDesigns")
    void meansTotalsProportionsAndRatiosMatchR(String name) {
        ReplicateDesign design = design(name);
        assertThat(design.degreesOfFreedom()).isEqualTo((int) R.value(name, "design", "degf"));
        R.checkEstimate(name + "_mean_api00", "api00", Mean.of(design, "api00"));
        R.checkEstimate(name + "_total_enroll", "enroll", Total.of(design, "enroll"));
        R.checkEstimate(name + "_mean_acs.k3_narm", "acs.k3", Mean.of(design, "acs.k3", Options.removeMissing()));
        for (Estimate p : Categories.proportions(design, "stype")) {
            R.checkEstimate(name + "_prop_stype", p.term(), p);
        }
        Estimate ratio = Ratio.of(design, "api.stu", "enroll");
        R.check(name + "_ratio_api.stu_enroll", "estimate", "ratio", ratio.estimate(), RFixtures.ESTIMATE);
        R.check(name + "_ratio_api.stu_enroll", "se", "ratio", ratio.se(), RFixtures.VARIANCE);
        R.check(name + "_ratio_api.stu_enroll", "ci_lower", "ratio", ratio.ci().lower(), RFixtures.VARIANCE);
        R.check(name + "_ratio_api.stu_enroll", "ci_upper", "ratio", ratio.ci().upper(), RFixtures.VARIANCE);
    }

    @ParameterizedTest
    @MethodSource("apiDesigns")
    void domainsQuantilesTestsAndRegressionsMatchR(String name) {
        ReplicateDesign design = design(name);
        for (DomainEstimate<Estimate> domain : Domains.by(design, "stype", d -> Mean.of(d, "api00"))) {
            R.checkEstimate(name + "_by_stype_mean_api00", domain.level(), domain.result());
        }
        SurveyQuantileTest.check(R, name + "_quantile_api00", Quantiles.of(design, "api00", 0.25, 0.5, 0.75));
        RaoScottResult chisq = RaoScott.test(design, "sch.wide", "stype");
        R.check(name + "_chisq_schwide_stype", "statistic", "F", chisq.value(), RFixtures.VARIANCE);
        R.check(name + "_chisq_schwide_stype", "parameter", "ddf", chisq.denominatorDf(), RFixtures.VARIANCE);
        R.check(name + "_chisq_schwide_stype", "p_value", "p", chisq.pValue(), RFixtures.VARIANCE);
        SurveyRegressionTest.check(R, name + "_linear",
                Regression.linear(design, "api00", List.of("ell", "meals", "mobility")), false);
        SurveyRegressionTest.check(R, name + "_logistic",
                Regression.logistic(design, "sch.wide", List.of("ell", "meals", "mobility")), false);
    }

    @ParameterizedTest
    @MethodSource("scdDesigns")
    void balancedRepeatedReplicationOnTheScdDataMatchesR(String name) {
        ReplicateDesign design = design(name);
        R.checkEstimate(name + "_mean_arrests", "arrests", Mean.of(design, "arrests"));
        R.checkEstimate(name + "_total_alive", "alive", Total.of(design, "alive"));
        Estimate ratio = Ratio.of(design, "alive", "arrests");
        R.check(name + "_ratio_alive_arrests", "estimate", "ratio", ratio.estimate(), RFixtures.ESTIMATE);
        R.check(name + "_ratio_alive_arrests", "se", "ratio", ratio.se(), RFixtures.VARIANCE);
    }

    static Stream<String> scdDesigns() {
        return Stream.of("scd_brr", "scd_ll");
    }

    @Test
    void jackknifeReplicatesOfADesignAreRsJk1Weights() {
        ReplicateDesign ours = ReplicateDesign.jackknife(RDesigns.clus1());
        ReplicateDesign rs = design("clus1_jk1");
        assertThat(ours.replicateCount()).isEqualTo(rs.replicateCount());
        assertThat(ours.scale()).isCloseTo(rs.scale(), org.assertj.core.data.Offset.offset(1e-15));
        for (int row = 0; row < RDesigns.CLUS1.rows(); row++) {
            for (int r = 0; r < ours.replicateCount(); r++) {
                RFixtures.assertClose("weight " + row + "/" + r, ours.replicateWeight(row, r),
                        rs.replicateWeight(row, r), 1e-15);
            }
        }
        R.checkEstimate("clus1_jk1_mean_api00", "api00", Mean.of(ours, "api00"));
    }

    @Test
    void aStratifiedDesignHasNoDeleteOnePsuJackknife() {
        assertThatThrownBy(() -> ReplicateDesign.jackknife(RDesigns.strat()))
                .isInstanceOfSatisfying(SurveyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.REPLICATE_DESIGN_INVALID));
    }

    @Test
    void negativeReplicateWeightsAreRefusedNamingReplicateAndRow() {
        SurveyData data = SurveyData.builder().numeric("y", 1, 2, 3).build();
        assertThatThrownBy(() -> ReplicateDesign.of(data).replicates(new double[][] {{1, 1, 1}, {1, -2, 1}})
                .type(ReplicateDesign.Type.BRR).build())
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.REPLICATE_WEIGHT_INVALID);
                    assertThat(e.args()).containsExactly(2, 2);
                });
    }
}
