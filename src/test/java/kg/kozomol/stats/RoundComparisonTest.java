package kg.kozomol.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Before/after differences against {@code src/test/r/round-fixtures.R}. */
class RoundComparisonTest {

    private static final RFixtures R = RFixtures.load("rounds");
    private static final String TERM = "difference";

    @Test
    void independentRoundsAddTheVariancesAsRDoesOnACombinedDesign() {
        RoundComparison.Result result = RoundComparison.independent(
                SurveyDesign.of(RDesigns.SRS).fpc("fpc").build(), "api99", RDesigns.strat(), "api00",
                Options.DEFAULT);

        for (String name : new String[] {"independent", "independent_combined"}) {
            check(name, result);
        }
        assertThat(result.linked()).isFalse();
    }

    @Test
    void independentRoundsStackedInOneDesignGiveTheSameDifference() {
        SurveyDesign stacked = SurveyDesign.of(RFixtures.data("rounds_independent")).strata("stratum")
                .weights("pw").fpc("fpc").build();

        check("independent_combined", RoundComparison.linked(stacked, "y", "round", "before", "after",
                Options.DEFAULT));
    }

    @Test
    void overlappingRoundsCarryTheCovarianceOfTheSharedPsus() {
        SurveyDesign linked = SurveyDesign.of(RFixtures.data("rounds_linked")).clusters("dnum").weights("pw")
                .build();

        RoundComparison.Result result = RoundComparison.linked(linked, "y", "round", "before", "after",
                Options.DEFAULT);

        check("linked", result);
        assertThat(result.linked()).isTrue();
        // treating the same districts as two samples would overstate the SE tenfold
        assertThat(result.difference().se()).isLessThan(R.value("linked_as_independent", "se", TERM) / 5);
    }

    @Test
    void anUnknownRoundIsRefused() {
        SurveyDesign linked = SurveyDesign.of(RFixtures.data("rounds_linked")).clusters("dnum").weights("pw")
                .build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoundComparison.linked(linked, "y", "round",
                "before", "later", Options.DEFAULT)).isInstanceOf(SurveyException.class);
    }

    private static void check(String name, RoundComparison.Result result) {
        R.check(name, "before", TERM, result.before().estimate(), RFixtures.ESTIMATE);
        R.check(name, "after", TERM, result.after().estimate(), RFixtures.ESTIMATE);
        R.checkEstimate(name, TERM, result.difference());
    }
}
