package kg.kozomol.study.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected precision of each domain against the policy-grade threshold, and the sample that would fix it. */
class PolicyGradeCheckTest {

    private static final PolicyGrade FIVE_POINTS = new PolicyGrade(5, ConfidenceLevel.P95);
    private static final double Z95 = ConfidenceLevel.P95.z();

    /**
     * 20,000 households, 1,600 to select, response 0.8, deff 1.5: 1,280 completed interviews expected.
     * Women (half): 640 completes, effective 426.7 of 10,000 → ±4.64 points: policy grade.
     * Households with a child with a disability (6%): 76.8 completes, effective 51.2 of 1,200 → ±13.41 points: flagged.
     */
    private static SamplingPlan householdSurvey(List<Domain> domains) {
        return new SamplingPlan(Estimate.PROPORTION, 20_000L, 0.5, null, ConfidenceLevel.P95, 5.0, 1.5, 0.8,
                Allocation.PROPORTIONAL, 1_600L, List.of(), List.of(), domains);
    }

    @Test
    void aThinDomainIsFlaggedWithTheSampleThatWouldFixIt() {
        PlanCalculation result = PlanCalculator.calculate(householdSurvey(List.of(new Domain("Женщины", 0.5, null, null),
                new Domain("Семьи с ребёнком с инвалидностью", 0.06, null, null))), FIVE_POINTS);

        assertThat(result.expectedCompletes()).isCloseTo(1280, within(1e-9));
        // Whole population: e = 1.959964 × √(0.25 / 853.3 × (20000 − 853.3) / 19999) = 3.28 points.
        assertThat(result.overall().marginPoints()).isCloseTo(3.2825, within(1e-4));
        assertThat(result.overall().belowPolicyGrade()).isFalse();

        DomainCheck women = result.domains().get(0);
        assertThat(women.expectedCompletes()).isCloseTo(640, within(1e-9));
        assertThat(women.marginPoints()).isCloseTo(4.6422, within(1e-4));
        assertThat(women.belowPolicyGrade()).isFalse();
        assertThat(women.fix()).isNull();

        DomainCheck thin = result.domains().get(1);
        assertThat(thin.population()).isCloseTo(1200, within(1e-9));
        assertThat(thin.expectedCompletes()).isCloseTo(76.8, within(1e-9));
        assertThat(thin.marginPoints()).isCloseTo(13.4059, within(1e-4));
        assertThat(thin.belowPolicyGrade()).isTrue();
        assertThat(result.flaggedDomains()).isEqualTo(1);
        // Fix: n0 = 384.1459; FPC with 1,200: 384.1459 / (1 + 383.1459 / 1200) = 291.1766; × 1.5 = 436.76 → 437
        // completes; / 0.8 = 545.96 → 546 to select in the domain; spread proportionally: 545.96 / 0.06 = 9099.3 → 9100.
        assertThat(thin.fix().completes()).isEqualTo(437);
        assertThat(thin.fix().toSelect()).isEqualTo(546);
        assertThat(thin.fix().totalToSelect()).isEqualTo(9100);
        assertThat(thin.fix().reachable()).isTrue();
    }

    @Test
    void theSampleNamedAsTheFixIsJustEnough() {
        DomainCheck thin = PlanCalculator.calculate(householdSurvey(List.of(new Domain("thin", 0.06, null, null))), FIVE_POINTS)
                .domains().get(0);
        long completes = thin.fix().completes();
        assertThat(100 * Cochran.margin(Z95, 0.25, completes, 1200, 1.5)).isLessThanOrEqualTo(5);
        assertThat(100 * Cochran.margin(Z95, 0.25, completes - 1, 1200, 1.5)).isGreaterThan(5);
    }

    @Test
    void theThresholdIsConfigurable() {
        PlanCalculation lenient = PlanCalculator.calculate(householdSurvey(List.of(new Domain("thin", 0.06, null, null))),
                new PolicyGrade(15, ConfidenceLevel.P95));
        assertThat(lenient.domains().get(0).belowPolicyGrade()).isFalse();
    }

    @Test
    void aDomainThatIsAStratumGetsTheStratumsAllocation() {
        // Equal allocation of 1,280 completes over three districts: 426.67 each. Karakol (6,000): effective 284.4 →
        // e = 1.959964 × √(0.25 / 284.4 × 5715.6 / 5999) = 5.67 points: flagged, allocate 437 … to it directly.
        SamplingPlan plan = new SamplingPlan(Estimate.PROPORTION, 20_000L, 0.5, null, ConfidenceLevel.P95, 5.0, 1.5, 0.8,
                Allocation.EQUAL, 1_600L, List.of(new Stratum("Каракол", 6_000L, null), new Stratum("Ак-Суу", 9_000L, null),
                        new Stratum("Жети-Огуз", 5_000L, null)), List.of(), List.of(new Domain("Каракол", null, null, "Каракол")));
        DomainCheck karakol = PlanCalculator.calculate(plan, FIVE_POINTS).domains().get(0);
        assertThat(karakol.population()).isEqualTo(6000);
        assertThat(karakol.expectedCompletes()).isCloseTo(426.6667, within(1e-4));
        assertThat(karakol.marginPoints()).isCloseTo(5.6716, within(1e-4));
        assertThat(karakol.belowPolicyGrade()).isTrue();
        assertThat(karakol.linkedToStratum()).isTrue();
        assertThat(karakol.fix().totalToSelect()).isNull();
    }

    @Test
    void aDomainWithoutRespondentsIsFlaggedAndAnUnreachableOneSaysSo() {
        SamplingPlan plan = new SamplingPlan(Estimate.PROPORTION, 2_000L, 0.5, null, ConfidenceLevel.P95, 5.0, 2.0, 0.5,
                Allocation.PROPORTIONAL, 100L, List.of(), List.of(), List.of(new Domain("tiny", null, 10L, null)));
        DomainCheck tiny = PlanCalculator.calculate(plan, FIVE_POINTS).domains().get(0);
        // 100 × 0.5 = 50 completes, 10/2000 of them = 0.25: less than one respondent.
        assertThat(tiny.noRespondents()).isTrue();
        assertThat(tiny.belowPolicyGrade()).isTrue();
        // Ten units with deff 2 and half answering cannot give ±5 points even as a census.
        assertThat(tiny.fix().reachable()).isFalse();
    }

    @Test
    void aMeanPlanIsCheckedForAProportionOfOneHalf() {
        SamplingPlan plan = new SamplingPlan(Estimate.MEAN, 20_000L, null, 12.0, ConfidenceLevel.P95, 2.0, 1.5, 0.8,
                Allocation.PROPORTIONAL, 1_600L, List.of(), List.of(), List.of(new Domain("thin", 0.06, null, null)));
        PlanCalculation result = PlanCalculator.calculate(plan, FIVE_POINTS);
        assertThat(result.policyProportion()).isEqualTo(0.5);
        assertThat(result.domains().get(0).marginPoints()).isCloseTo(13.4059, within(1e-4));
    }
}
