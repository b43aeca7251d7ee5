package kg.kozomol.study.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad plans are refused field by field, and never reach the calculator. */
class PlanRulesTest {

    private static SamplingPlan plan(Long population, Double margin, Double rate, Long planned, List<Stratum> strata,
            List<Domain> domains) {
        return new SamplingPlan(Estimate.PROPORTION, population, 0.5, null, ConfidenceLevel.P95, margin, 1.5, rate,
                Allocation.PROPORTIONAL, planned, strata, List.of(), domains);
    }

    @Test
    void aSoundPlanHasNoViolations() {
        assertThat(PlanRules.check(plan(2000L, 5.0, 0.8, 600L, List.of(new Stratum("A", 1500L, null),
                new Stratum("B", 500L, null)), List.of(new Domain("B", null, null, "B"))))).isEmpty();
    }

    @Test
    void eachBadValueIsNamedByItsField() {
        assertThat(fields(plan(0L, 5.0, 0.8, null, List.of(), List.of()))).containsExactly("populationSize:positive");
        assertThat(fields(plan(-5L, 5.0, 0.8, null, List.of(), List.of()))).containsExactly("populationSize:positive");
        assertThat(fields(plan(null, 5.0, 0.8, null, List.of(), List.of()))).containsExactly("populationSize:required");
        assertThat(fields(plan(2000L, 0.0, 0.8, null, List.of(), List.of()))).containsExactly("margin:positive");
        assertThat(fields(plan(2000L, 50.0, 0.8, null, List.of(), List.of()))).containsExactly("margin:marginTooLarge");
        assertThat(fields(plan(2000L, 5.0, 0.0, null, List.of(), List.of()))).containsExactly("responseRate:responseRate");
        assertThat(fields(plan(2000L, 5.0, 1.2, null, List.of(), List.of()))).containsExactly("responseRate:responseRate");
        assertThat(fields(plan(2000L, 5.0, 0.8, 2001L, List.of(), List.of())))
                .containsExactly("plannedSample:sampleExceedsPopulation");
    }

    @Test
    void strataMustAddUpToThePopulationAndNeymanNeedsTheirSpread() {
        assertThat(PlanRules.check(plan(2000L, 5.0, 0.8, null, List.of(new Stratum("A", 1500L, null),
                new Stratum("B", 400L, null)), List.of()))).containsExactly(Violation.of("strata", "strataSum", 1900L, 2000L));
        SamplingPlan neyman = new SamplingPlan(Estimate.PROPORTION, 2000L, 0.5, null, ConfidenceLevel.P95, 5.0, 1.0, 1.0,
                Allocation.NEYMAN, null, List.of(new Stratum("A", 1500L, 3.0), new Stratum("B", 500L, null)), List.of(), List.of());
        assertThat(fields(neyman)).containsExactly("strata[1].standardDeviation:neymanNeedsDeviation");
    }

    @Test
    void domainsNeedAShareOrASizeWithinThePopulationAndAKnownStratum() {
        assertThat(fields(plan(2000L, 5.0, 0.8, null, List.of(), List.of(new Domain("a", null, null, null),
                new Domain("b", 1.5, null, null), new Domain("c", null, 3000L, null), new Domain("d", 0.1, 10L, null),
                new Domain("e", 0.1, null, "nowhere"), new Domain("E", 0.2, null, null)))))
                .containsExactly("domains[0].share:shareOrSize", "domains[1].share:share", "domains[2].size:domainTooLarge",
                        "domains[3].share:shareAndSize", "domains[4].stratum:unknownStratum", "domains[5].name:duplicateName");
    }

    @Test
    void theCalculatorRefusesABadPlan() {
        assertThatThrownBy(() -> PlanCalculator.calculate(plan(0L, 5.0, 0.8, null, List.of(), List.of()),
                new PolicyGrade(5, ConfidenceLevel.P95))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> fields(SamplingPlan plan) {
        return PlanRules.check(plan).stream().map(v -> v.field() + ":" + v.code()).toList();
    }
}
