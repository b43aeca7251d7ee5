package kg.kozomol.study.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cochran sample sizes checked against values worked out by hand (the working is in the comments). */
class SampleSizeTest {

    private static final double Z95 = ConfidenceLevel.P95.z();

    @Test
    void theWorstCaseProportionAtFivePointsAndNinetyFivePercentNeeds385() {
        // z = 1.959963985, z² = 3.841458821; n0 = 3.841458821 × 0.5 × 0.5 / 0.05² = 0.960364705 / 0.0025 = 384.1459 → 385
        SampleSize size = Cochran.sampleSize(Z95, 0.25, 0.05, Double.POSITIVE_INFINITY, 1, 1);
        assertThat(size.n0()).isCloseTo(384.1459, within(1e-4));
        assertThat(size.n0RoundedUp()).isEqualTo(385);
        assertThat(size.corrected()).isCloseTo(384.1459, within(1e-4));
        assertThat(size.completes()).isEqualTo(385);
        assertThat(size.toSelect()).isEqualTo(385);
    }

    @Test
    void theFinitePopulationCorrectionThenDesignEffectThenNonResponseAreAppliedInTurn() {
        // N = 2000: n = 384.1459 / (1 + 383.1459 / 2000) = 384.1459 / 1.1915729 = 322.3855 → 323
        // deff 1.5: 322.3855 × 1.5 = 483.5783 → 484 completed interviews
        // response 0.8: 483.5783 / 0.8 = 604.4729 → 605 households to select
        SampleSize size = Cochran.sampleSize(Z95, 0.25, 0.05, 2000, 1.5, 0.8);
        assertThat(size.corrected()).isCloseTo(322.3855, within(1e-4));
        assertThat(size.correctedRoundedUp()).isEqualTo(323);
        assertThat(size.completesExact()).isCloseTo(483.5783, within(1e-4));
        assertThat(size.completes()).isEqualTo(484);
        assertThat(size.selectExact()).isCloseTo(604.4729, within(1e-4));
        assertThat(size.toSelect()).isEqualTo(605);
        assertThat(size.exceedsPopulation()).isFalse();
    }

    @Test
    void theConfidenceLevelChangesZ() {
        // 90%: z = 1.644853627, z² = 2.705543454; n0 = 2.705543454 × 0.25 / 0.0025 = 270.5543 → 271
        assertThat(Cochran.sampleSize(ConfidenceLevel.P90.z(), 0.25, 0.05, Double.POSITIVE_INFINITY, 1, 1).completes())
                .isEqualTo(271);
        // 99%: z = 2.575829304, z² = 6.634896601; n0 = 6.634896601 × 0.25 / 0.0025 = 663.4897 → 664
        assertThat(Cochran.sampleSize(ConfidenceLevel.P99.z(), 0.25, 0.05, Double.POSITIVE_INFINITY, 1, 1).completes())
                .isEqualTo(664);
    }

    @Test
    void aProportionAwayFromOneHalfNeedsFewer() {
        // p = 0.3: n0 = 3.841458821 × 0.3 × 0.7 / 0.0025 = 3.841458821 × 84 = 322.6825 → 323
        assertThat(Cochran.sampleSize(Z95, 0.3 * 0.7, 0.05, Double.POSITIVE_INFINITY, 1, 1).n0()).isCloseTo(322.6825, within(1e-4));
    }

    @Test
    void aMeanUsesTheStandardDeviation() {
        // σ = 10, e = 2: n0 = 3.841458821 × 100 / 4 = 96.0365 → 97
        SampleSize size = Cochran.sampleSize(Z95, 100, 2, Double.POSITIVE_INFINITY, 1, 1);
        assertThat(size.n0()).isCloseTo(96.0365, within(1e-4));
        assertThat(size.completes()).isEqualTo(97);
    }

    @Test
    void aWholeNumberIsNotPushedUpByFloatingPointNoise() {
        assertThat(Cochran.roundUp(400.0)).isEqualTo(400);
        assertThat(Cochran.roundUp(400.0000000000001)).isEqualTo(400);
        assertThat(Cochran.roundUp(400.001)).isEqualTo(401);
    }

    @Test
    void aSmallPopulationWithClusteringAndNonResponseCannotBeSampledEnough() {
        // N = 100: n = 384.1459 / (1 + 383.1459 / 100) = 79.5094; × 2 = 159.0188; / 0.5 = 318.0375 → 319 > 100
        SampleSize size = Cochran.sampleSize(Z95, 0.25, 0.05, 100, 2, 0.5);
        assertThat(size.toSelect()).isEqualTo(319);
        assertThat(size.exceedsPopulation()).isTrue();
    }

    @Test
    void theMarginOfErrorIsTheInverseOfTheSampleSize() {
        // 322.3855 completes from 2000 without clustering give back e = 0.05; 483.5783 with deff 1.5 likewise.
        assertThat(Cochran.margin(Z95, 0.25, 322.38553666, 2000, 1)).isCloseTo(0.05, within(1e-9));
        assertThat(Cochran.margin(Z95, 0.25, 483.57830500, 2000, 1.5)).isCloseTo(0.05, within(1e-9));
        // Without a finite population: e = 1.959964 × √(0.25 / 400) = 0.0490 for 400 completes.
        assertThat(Cochran.margin(Z95, 0.25, 400, Double.POSITIVE_INFINITY, 1)).isCloseTo(0.04899910, within(1e-8));
        assertThat(Cochran.margin(Z95, 0.25, 2000, 2000, 1)).isZero();
        assertThat(Cochran.margin(Z95, 0.25, 0, 2000, 1)).isInfinite();
    }

    @Test
    void theSampleIsSharedOverStrataProportionallyEquallyOrByNeyman() {
        // N = 1000: A = 600 (σ 10), B = 400 (σ 30); 100 completes, everyone answers.
        // proportional: 100 × 600/1000 = 60 and 40; equal: 50 and 50;
        // Neyman: N_h·σ_h = 6000 and 12000, so 100 × 6000/18000 = 33.33 → 34 and 100 × 12000/18000 = 66.67 → 67.
        assertThat(completes(Allocation.PROPORTIONAL)).containsExactly(60L, 40L);
        assertThat(completes(Allocation.EQUAL)).containsExactly(50L, 50L);
        assertThat(completes(Allocation.NEYMAN)).containsExactly(34L, 67L);
    }

    @Test
    void aStratumSmallerThanItsShareIsTakenWhole() {
        // Equal allocation of 100 completes over strata of 990 and 10 units: 50 each, but the small one has 10.
        SamplingPlan plan = plan(Allocation.EQUAL, List.of(new Stratum("big", 990L, null), new Stratum("small", 10L, null)));
        List<StratumShare> shares = PlanCalculator.allocate(plan, 100);
        assertThat(shares.get(1).census()).isTrue();
        assertThat(shares.get(1).toSelect()).isEqualTo(10);
        assertThat(shares.get(1).margin()).isZero();
        assertThat(shares.get(0).census()).isFalse();
    }

    private static List<Long> completes(Allocation allocation) {
        SamplingPlan plan = plan(allocation, List.of(new Stratum("A", 600L, 10.0), new Stratum("B", 400L, 30.0)));
        return PlanCalculator.allocate(plan, 100).stream().map(StratumShare::completes).toList();
    }

    private static SamplingPlan plan(Allocation allocation, List<Stratum> strata) {
        long population = strata.stream().mapToLong(Stratum::size).sum();
        return new SamplingPlan(Estimate.PROPORTION, population, 0.5, null, ConfidenceLevel.P95, 5.0, 1.0, 1.0, allocation,
                null, strata, List.of(), List.of());
    }
}
