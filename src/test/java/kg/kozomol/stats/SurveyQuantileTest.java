package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** svyquantile (survey 4.1: Woodruff intervals, qrule "math", t quantiles on the design's df) against R. */
class SurveyQuantileTest {

    private static final RFixtures R = RFixtures.load("quantile");
    private static final double[] PROBS = {0.1, 0.25, 0.5, 0.75, 0.9};

    static Stream<String> designs() {
        return RDesigns.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void quantilesMatchSvyquantile(String name) {
        SurveyDesign design = RDesigns.get(name);
        check(name + "_api00", Quantiles.of(design, "api00", PROBS));
        check(name + "_acs.k3_narm",
                Quantiles.of(design, "acs.k3", QuantileOptions.DEFAULT.with(Missing.REMOVE), PROBS));
    }

    @Test
    void intervalTypesMatchR() {
        check("clus1_api00_beta", Quantiles.of(RDesigns.clus1(), "api00",
                QuantileOptions.DEFAULT.with(QuantileOptions.IntervalType.BETA), PROBS));
        check("clus1_api00_xlogit", Quantiles.of(RDesigns.clus1(), "api00",
                QuantileOptions.DEFAULT.with(QuantileOptions.IntervalType.XLOGIT), PROBS));
        check("clus1_api00_asin", Quantiles.of(RDesigns.clus1(), "api00",
                QuantileOptions.DEFAULT.with(QuantileOptions.IntervalType.ASIN), PROBS));
    }

    @Test
    void schoolRuleNormalQuantilesAndOtherLevelsMatchR() {
        check("strat_api00_school", Quantiles.of(RDesigns.strat(), "api00",
                QuantileOptions.DEFAULT.with(QuantileOptions.Rule.SCHOOL), PROBS));
        check("strat_api00_df_inf", Quantiles.of(RDesigns.strat(), "api00",
                QuantileOptions.DEFAULT.withDf(Double.POSITIVE_INFINITY), PROBS));
        check("clus1_api00_alpha10", Quantiles.of(RDesigns.clus1(), "api00",
                QuantileOptions.DEFAULT.withLevel(0.90), PROBS));
    }

    @Test
    void missingValuesAreRefusedUnlessRemoved() {
        assertThatThrownBy(() -> Quantiles.of(RDesigns.clus1(), "acs.k3", 0.5))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MISSING_VALUES);
                    assertThat(e.args().get(0)).isEqualTo("acs.k3");
                });
        assertThatThrownBy(() -> Quantiles.of(RDesigns.clus1(), "api00", 1.5))
                .isInstanceOfSatisfying(SurveyException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.QUANTILE_OUT_OF_RANGE));
    }

    static void check(String caseName, List<QuantileEstimate> estimates) {
        check(R, caseName, estimates);
    }

    static void check(RFixtures fixtures, String caseName, List<QuantileEstimate> estimates) {
        for (QuantileEstimate q : estimates) {
            String term = term(q.probability());
            fixtures.check(caseName, "estimate", term, q.estimate(), RFixtures.ESTIMATE);
            checkOptional(fixtures, caseName, "ci_lower", term, q.lower());
            checkOptional(fixtures, caseName, "ci_upper", term, q.upper());
            checkOptional(fixtures, caseName, "se", term, q.se());
        }
    }

    private static void checkOptional(RFixtures fixtures, String caseName, String quantity, String term,
            OptionalDouble actual) {
        double expected = fixtures.value(caseName, quantity, term);
        if (Double.isNaN(expected)) {
            assertThat(actual).as("%s %s %s", caseName, quantity, term).isEmpty();
        } else {
            assertThat(actual).as("%s %s %s", caseName, quantity, term).isPresent();
            RFixtures.assertClose(caseName + " " + quantity + " " + term, actual.getAsDouble(), expected,
                    RFixtures.VARIANCE);
        }
    }

    private static String term(double p) {
        String s = Double.toString(p);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
