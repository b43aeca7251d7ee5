package kg.kozomol.study.sampling;

import java.util.List;

/**
 * A sampling plan as entered. Fields are boxed because a plan being typed may be incomplete; {@link PlanRules}
 * says what is missing or wrong, and only a plan without violations is calculated.
 *
 * @param margin the target margin of error: percentage points for a proportion, the variable's units for a mean
 * @param proportion the expected proportion p; when missing the worst case 0.5 is assumed
 * @param plannedSample units the study intends to select (before non-response); when missing the required sample is used
 */
public record SamplingPlan(Estimate estimate, Long populationSize, Double proportion, Double standardDeviation,
        ConfidenceLevel confidence, Double margin, Double designEffect, Double responseRate, Allocation allocation,
        Long plannedSample, List<Stratum> strata, List<Stage> stages, List<Domain> domains) {

    public static final double WORST_CASE_PROPORTION = 0.5;

    public SamplingPlan {
        strata = strata == null ? List.of() : List.copyOf(strata);
        stages = stages == null ? List.of() : List.copyOf(stages);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public double p() {
        return proportion == null ? WORST_CASE_PROPORTION : proportion;
    }

    /** p(1 − p) for a proportion, σ² for a mean. */
    public double variance() {
        return estimate == Estimate.MEAN ? standardDeviation * standardDeviation : p() * (1 - p());
    }

    /** The target margin on the scale of the estimate: a fraction for a proportion (5 points = 0.05). */
    public double marginOnScale() {
        return estimate == Estimate.MEAN ? margin : margin / 100;
    }

    public long population() {
        return populationSize;
    }
}
