package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** svyglm (gaussian and quasibinomial) on R's api designs. */
class SurveyRegressionTest {

    private static final RFixtures R = RFixtures.load("regression");

    static Stream<String> designs() {
        return RDesigns.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void linearRegressionMatchesSvyglm(String name) {
        SurveyDesign design = RDesigns.get(name);
        check(name + "_linear", Regression.linear(design, "api00", List.of("ell", "meals", "mobility")));
        check(name + "_linear_factor", Regression.linear(design, "api00", List.of("stype", "avg.ed"),
                Options.removeMissing()));
        check(name + "_linear_narm", Regression.linear(design, "api00", List.of("acs.k3", "meals"),
                Options.removeMissing()));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void logisticRegressionMatchesQuasibinomialSvyglm(String name) {
        SurveyDesign design = RDesigns.get(name);
        check(name + "_logistic", Regression.logistic(design, "sch.wide", List.of("ell", "meals", "mobility")));
        check(name + "_logistic_factor", Regression.logistic(design, "awards", List.of("stype", "api99")));
    }

    @Test
    void aPredictorThatIsACombinationOfOthersIsNamed() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 3, 2, 5, 4, 6, 8, 7)
                .numeric("a", 1, 2, 3, 4, 5, 6, 7, 8)
                .numeric("b", 2, 1, 2, 1, 2, 1, 2, 1)
                .numeric("c", 3, 3, 5, 5, 7, 7, 9, 9)
                .build();
        SurveyDesign design = SurveyDesign.of(data).build();
        assertThatThrownBy(() -> Regression.linear(design, "y", List.of("a", "b", "c")))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SINGULAR_REGRESSION);
                    assertThat(e.args()).containsExactly("c");
                });
    }

    @Test
    void missingValuesAreRefusedUnlessRemoved() {
        assertThatThrownBy(() -> Regression.linear(RDesigns.clus1(), "api00", List.of("acs.k3")))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MISSING_VALUES);
                    assertThat(e.args().get(0)).isEqualTo("acs.k3");
                });
    }

    @Test
    void aTextOutcomeWithMoreThanTwoValuesIsNotBinary() {
        assertThatThrownBy(() -> Regression.logistic(RDesigns.clus1(), "stype", List.of("ell")))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_BINARY);
                    assertThat(e.args()).containsExactly("stype");
                });
    }

    static void check(String caseName, RegressionFit fit) {
        check(R, caseName, fit, true);
    }

    static void check(RFixtures fixtures, String caseName, RegressionFit fit, boolean full) {
        assertThat(fit.coefficients()).extracting(Coefficient::term)
                .containsExactlyElementsOf(fixtures.terms(caseName, "estimate"));
        for (Coefficient c : fit.coefficients()) {
            fixtures.check(caseName, "estimate", c.term(), c.estimate(), RFixtures.ESTIMATE);
            fixtures.check(caseName, "se", c.term(), c.se(), RFixtures.VARIANCE);
            if (full) {
                fixtures.check(caseName, "t", c.term(), c.t(), RFixtures.VARIANCE);
                fixtures.check(caseName, "p_value", c.term(), c.pValue(), RFixtures.VARIANCE);
                fixtures.check(caseName, "ci_lower", c.term(), c.ci().lower(), RFixtures.VARIANCE);
                fixtures.check(caseName, "ci_upper", c.term(), c.ci().upper(), RFixtures.VARIANCE);
            }
        }
        if (full) {
            assertThat(fit.degreesOfFreedom()).isEqualTo((int) fixtures.value(caseName, "df_residual", "model"));
            assertThat(fit.iterations()).isEqualTo((int) fixtures.value(caseName, "iterations", "model"));
            assertThat(fit.n()).isEqualTo((int) fixtures.value(caseName, "n", "model"));
        }
    }
}
