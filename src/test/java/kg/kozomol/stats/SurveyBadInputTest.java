package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a problem key and arguments naming the variable, stratum or row, never a NaN. */
class SurveyBadInputTest {

    private static SurveyData sample(double... weights) {
        return SurveyData.builder()
                .numeric("y", 3, 5, 4, 6, 8, 7)
                .text("stratum", "a", "a", "a", "b", "b", "b")
                .numeric("psu", 1, 2, 3, 1, 2, 3)
                .numeric("w", weights)
                .build();
    }

    private static void refused(ThrowingCallable call, Problem problem, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SurveyException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.code()).isEqualTo(problem.key());
            assertThat(e.args()).containsExactly(args);
        });
    }

    @Test
    void missingZeroAndNegativeWeightsNameTheRow() {
        refused(() -> SurveyDesign.of(sample(1, 2, Double.NaN, 1, 1, 1)).weights("w").build(),
                Problem.WEIGHT_MISSING, "w", 3);
        refused(() -> SurveyDesign.of(sample(1, 2, 1, 0, 1, 1)).weights("w").build(),
                Problem.WEIGHT_NOT_POSITIVE, "w", 4, 0.0);
        refused(() -> SurveyDesign.of(sample(1, 2, 1, 1, -5, 1)).weights("w").build(),
                Problem.WEIGHT_NOT_POSITIVE, "w", 5, -5.0);
        refused(() -> SurveyDesign.of(sample(0.5, 0.5, 0.5, 0.5, 0.5, 1.5)).probabilities("w").build(),
                Problem.PROBABILITY_INVALID, "w", 6, 1.5);
    }

    @Test
    void textInANumericColumnNamesTheValueAndRow() {
        SurveyData data = SurveyCsv.read("""
                id,income,w
                1,1200,1
                2,n/a,1
                3,,1
                4,850.5,1
                """.getBytes(StandardCharsets.UTF_8));
        SurveyDesign design = SurveyDesign.of(data).weights("w").build();
        refused(() -> Mean.of(design, "income", Options.removeMissing()), Problem.NOT_NUMERIC, "income", "n/a", 2);
        refused(() -> SurveyDesign.of(data).weights("income").build(), Problem.NOT_NUMERIC, "income", "n/a", 2);
    }

    @Test
    void missingValuesAreCountedWithoutNaRmAndRemovedWithIt() {
        SurveyData data = SurveyData.builder().numeric("x", 1, Double.NaN, 3, Double.NaN, 5, 6).build();
        SurveyDesign design = SurveyDesign.of(data).build();
        refused(() -> Mean.of(design, "x"), Problem.MISSING_VALUES, "x", 2, 2);
        refused(() -> Total.of(design, "x"), Problem.MISSING_VALUES, "x", 2, 2);
        Estimate mean = Mean.of(design, "x", Options.removeMissing());
        assertThat(mean.estimate()).isEqualTo(15.0 / 4);
        assertThat(mean.n()).isEqualTo(4);
        assertThat(Double.isFinite(mean.se())).isTrue();
    }

    @Test
    void aStratumWithOnePsuUnderFailIsNamed() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 2, 3, 4, 5)
                .text("region", "north", "north", "south", "south", "east")
                .build();
        refused(() -> Mean.of(SurveyDesign.of(data).strata("region").build(), "y"), Problem.LONELY_PSU, "east", 1);
        for (LonelyPsu option : List.of(LonelyPsu.REMOVE, LonelyPsu.CERTAINTY, LonelyPsu.ADJUST, LonelyPsu.AVERAGE)) {
            Estimate mean = Mean.of(SurveyDesign.of(data).strata("region").lonelyPsu(option).build(), "y");
            assertThat(Double.isFinite(mean.se())).as(option.name()).isTrue();
        }
    }

    @Test
    void aDomainWithNoCasesNamesVariableAndDomain() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 2, 3, Double.NaN)
                .text("sex", "f", "m", "f", "x")
                .build();
        SurveyDesign design = SurveyDesign.of(data).build();
        refused(() -> Mean.of(design.domain("sex", "x"), "y", Options.removeMissing()), Problem.EMPTY_DOMAIN, "y",
                "sex = x");
        refused(() -> design.domain("sex", "unknown"), Problem.UNKNOWN_LEVEL, "sex", "unknown");
    }

    @Test
    void designVariablesMustBeComplete() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 2, 3, 4)
                .numeric("psu", 1, 2, Double.NaN, 4)
                .build();
        refused(() -> SurveyDesign.of(data).clusters("psu").build(), Problem.DESIGN_VALUE_MISSING, "psu", 3);
        refused(() -> SurveyDesign.of(data).clusters("nope").build(), Problem.UNKNOWN_VARIABLE, "nope");
    }

    @Test
    void clustersMustBeNestedInStrataUnlessNestIsSaid() {
        SurveyData data = sample(1, 1, 1, 1, 1, 1);
        refused(() -> SurveyDesign.of(data).clusters("psu").strata("stratum").build(), Problem.CLUSTERS_NOT_NESTED,
                "psu", "1");
        assertThat(SurveyDesign.of(data).clusters("psu").strata("stratum").nest(true).build().degreesOfFreedom())
                .isEqualTo(4);
    }

    @Test
    void aSinglePsuCannotGiveAVariance() {
        SurveyData data = SurveyData.builder().numeric("y", 1, 2, 3).numeric("psu", 7, 7, 7).build();
        refused(() -> SurveyDesign.of(data).clusters("psu").build(), Problem.SINGLE_PSU);
    }

    @Test
    void populationSizesMustBeConsistent() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 2, 3, 4)
                .text("s", "a", "a", "b", "b")
                .numeric("mixed", 100, 100, 0.5, 0.5)
                .numeric("small", 100, 100, 1, 1)
                .numeric("varies", 100, 90, 50, 50)
                .build();
        refused(() -> SurveyDesign.of(data).strata("s").fpc("mixed").build(), Problem.FPC_MIXED, "mixed");
        refused(() -> SurveyDesign.of(data).strata("s").fpc("small").build(), Problem.FPC_TOO_SMALL, "b", 1);
        refused(() -> SurveyDesign.of(data).strata("s").fpc("varies").build(), Problem.FPC_VARIES, "a", 1);
    }

    @Test
    void aSingularRegressionNamesThePredictor() {
        SurveyData data = SurveyData.builder()
                .numeric("y", 1, 3, 2, 5, 4, 6)
                .numeric("x", 1, 2, 3, 4, 5, 6)
                .numeric("twice", 2, 4, 6, 8, 10, 12)
                .build();
        refused(() -> Regression.linear(SurveyDesign.of(data).build(), "y", List.of("x", "twice")),
                Problem.SINGULAR_REGRESSION, "twice");
    }

    @Test
    void confidenceLevelsOutsideZeroAndOneAreRefused() {
        refused(() -> Options.DEFAULT.withLevel(95), Problem.LEVEL_OUT_OF_RANGE, 95.0);
    }
}
