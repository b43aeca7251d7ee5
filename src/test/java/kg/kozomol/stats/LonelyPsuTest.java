package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strata with a single PSU under each of R's {@code survey.lonely.psu} options: stratum H of a stratified sample
 * keeps one school (first stage), and districts with one sampled school of two (second stage).
 */
class LonelyPsuTest {

    private static final RFixtures R = RFixtures.load("lonely");
    private static final SurveyData FIRST = RFixtures.data("lonely");
    private static final SurveyData SECOND = RFixtures.data("lonely2");

    private static SurveyDesign firstStage(LonelyPsu option) {
        return SurveyDesign.of(FIRST).strata("stype").weights("pw").lonelyPsu(option).build();
    }

    private static SurveyDesign secondStage(LonelyPsu option) {
        return SurveyDesign.of(SECOND).clusters("dnum", "snum").fpc("fpc1", "fpc2").lonelyPsu(option).build();
    }

    @ParameterizedTest
    @EnumSource(value = LonelyPsu.class, names = {"REMOVE", "CERTAINTY", "ADJUST", "AVERAGE"})
    void firstStageLonelyPsuMatchesR(LonelyPsu option) {
        String prefix = option.name().toLowerCase();
        SurveyDesign design = firstStage(option);
        R.checkEstimate(prefix + "_mean_api00", "api00", Mean.of(design, "api00"));
        R.checkEstimate(prefix + "_total_enroll", "enroll", Total.of(design, "enroll"));
        for (DomainEstimate<Estimate> domain : Domains.by(design, "awards", d -> Mean.of(d, "api00"))) {
            R.checkEstimate(prefix + "_by_awards_mean_api00", domain.level(), domain.result());
        }
    }

    @ParameterizedTest
    @EnumSource(value = LonelyPsu.class, names = {"REMOVE", "CERTAINTY", "ADJUST"})
    void secondStageLonelyPsuMatchesR(LonelyPsu option) {
        String prefix = option.name().toLowerCase();
        SurveyDesign design = secondStage(option);
        R.checkEstimate(prefix + "_stage2_mean_api00", "api00", Mean.of(design, "api00"));
        R.checkEstimate(prefix + "_stage2_total_enroll", "enroll",
                Total.of(design, "enroll", Options.removeMissing()));
    }

    @Test
    void failNamesTheStratumAndStage() {
        assertThatThrownBy(() -> Mean.of(firstStage(LonelyPsu.FAIL), "api00"))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LONELY_PSU);
                    assertThat(e.args()).containsExactly("H", 1);
                });
        assertThatThrownBy(() -> Mean.of(secondStage(LonelyPsu.FAIL), "api00"))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LONELY_PSU);
                    assertThat(e.args().get(1)).isEqualTo(2);
                    assertThat((String) e.args().get(0)).startsWith("1.");
                });
    }

    @Test
    void averageWithEveryStratumLonelyIsRefusedWhereRGivesNa() {
        assertThat(R.value("average_stage2_mean_api00", "se", "api00")).isNaN();
        assertThatThrownBy(() -> Mean.of(secondStage(LonelyPsu.AVERAGE), "api00"))
                .isInstanceOfSatisfying(SurveyException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LONELY_PSU_NOTHING_TO_AVERAGE);
                    assertThat(e.args()).containsExactly(2);
                });
    }

    @Test
    void removeAndCertaintyAgreeAndAdjustIsMoreConservative() {
        double remove = Mean.of(firstStage(LonelyPsu.REMOVE), "api00").se();
        assertThat(Mean.of(firstStage(LonelyPsu.CERTAINTY), "api00").se()).isEqualTo(remove);
        assertThat(Mean.of(firstStage(LonelyPsu.ADJUST), "api00").se()).isGreaterThan(remove);
        assertThat(List.of(LonelyPsu.values())).hasSize(5);
    }
}
