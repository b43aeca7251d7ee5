package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** svyratio on R's api designs. */
class SurveyRatioTest {

    private static final RFixtures R = RFixtures.load("ratio");

    static Stream<String> designs() {
        return RDesigns.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void ratioMatchesSvyratio(String name) {
        SurveyDesign design = RDesigns.get(name);
        String caseName = name + "_api.stu_enroll";
        if (R.refusedByR(caseName, "ratio")) {
            assertThatThrownBy(() -> Ratio.of(design, "api.stu", "enroll"))
                    .isInstanceOfSatisfying(SurveyException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_VALUES));
        } else {
            Estimate ratio = Ratio.of(design, "api.stu", "enroll");
            assertThat(ratio.term()).isEqualTo("api.stu/enroll");
            R.checkEstimate(caseName, "ratio", ratio);
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void ratioWithMissingValuesRemovedMatchesSvyratioNaRm(String name) {
        R.checkEstimate(name + "_acs.k3_enroll_narm", "ratio",
                Ratio.of(RDesigns.get(name), "acs.k3", "enroll", Options.removeMissing()));
    }

    @Test
    void aZeroDenominatorIsRefused() {
        SurveyData data = SurveyData.builder().numeric("y", 1, 2, 3, 4).numeric("x", 0, 0, 0, 0).build();
        SurveyDesign design = SurveyDesign.of(data).build();
        assertThatThrownBy(() -> Ratio.of(design, "y", "x"))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.ZERO_DENOMINATOR);
                    assertThat(e.args()).containsExactly("y/x");
                });
    }
}
