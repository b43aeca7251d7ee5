package kg.kozomol.study.sampling;

import java.util.ArrayList;
import java.util.List;

/** Calculates a valid plan: sample size, allocation over strata, and the policy-grade check per domain. */
public final class PlanCalculator {

    private PlanCalculator() {}

    public static PlanCalculation calculate(SamplingPlan plan, PolicyGrade policy) {
        List<Violation> violations = PlanRules.check(plan);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("The plan breaks rules: " + violations);
        }
        long population = plan.population();
        double z = plan.confidence().z();
        SampleSize required = Cochran.sampleSize(z, plan.variance(), plan.marginOnScale(), population, plan.designEffect(),
                plan.responseRate());
        boolean planned = plan.plannedSample() != null;
        long toSelect = planned ? plan.plannedSample() : Math.min(required.toSelect(), population);
        double expected = Math.min(toSelect, population) * plan.responseRate();
        List<StratumShare> strata = allocate(plan, expected);
        double p = plan.estimate() == Estimate.PROPORTION ? plan.p() : SamplingPlan.WORST_CASE_PROPORTION;
        DomainCheck overall = check(plan, policy, p, null, population, null, expected);
        List<DomainCheck> domains = new ArrayList<>();
        for (Domain domain : plan.domains()) {
            StratumShare stratum = stratumOf(strata, domain.stratum());
            double size = domain.share() == null && domain.size() == null && stratum != null
                    ? stratum.stratum().size() : domain.populationIn(population);
            double completes = stratum != null ? stratum.expectedCompletes() : expected * size / population;
            domains.add(check(plan, policy, p, domain.name().trim(), size, stratum == null ? null : stratum.stratum().name().trim(),
                    completes));
        }
        return new PlanCalculation(plan, required, toSelect, expected, planned, stageUnits(plan), strata, overall,
                List.copyOf(domains), policy, p);
    }

    /** Shares the expected completed units among strata: by size, equally, or by size × standard deviation. */
    static List<StratumShare> allocate(SamplingPlan plan, double completes) {
        List<Stratum> strata = plan.strata();
        double total = 0;
        for (Stratum s : strata) {
            total += weightBase(plan.allocation(), s);
        }
        List<StratumShare> shares = new ArrayList<>();
        for (Stratum s : strata) {
            double weight = weightBase(plan.allocation(), s) / total;
            double completesExact = completes * weight;
            double selectExact = completesExact / plan.responseRate();
            long size = s.size();
            boolean census = Cochran.roundUp(selectExact) >= size;
            double expected = Math.min(completesExact, size * plan.responseRate());
            double variance = plan.estimate() == Estimate.MEAN && s.standardDeviation() != null
                    ? s.standardDeviation() * s.standardDeviation() : plan.variance();
            double margin = Cochran.margin(plan.confidence().z(), variance, expected, size, plan.designEffect());
            shares.add(new StratumShare(s, weight, completesExact, selectExact, Math.min(Cochran.roundUp(completesExact), size),
                    Math.min(Cochran.roundUp(selectExact), size), expected, census, margin));
        }
        return List.copyOf(shares);
    }

    private static double weightBase(Allocation allocation, Stratum s) {
        return switch (allocation) {
            case PROPORTIONAL -> s.size();
            case EQUAL -> 1;
            case NEYMAN -> s.size() * s.standardDeviation();
        };
    }

    private static DomainCheck check(SamplingPlan plan, PolicyGrade policy, double p, String name, double size, String stratum,
            double completes) {
        double z = policy.confidence().z();
        double variance = p * (1 - p);
        double margin = 100 * Cochran.margin(z, variance, completes, size, plan.designEffect());
        boolean below = completes < 1 || margin > policy.thresholdPoints() + 1e-9;
        double share = size / plan.population();
        DomainCheck.Fix fix = null;
        if (below) {
            SampleSize needed = Cochran.sampleSize(z, variance, policy.thresholdPoints() / 100, size, plan.designEffect(),
                    plan.responseRate());
            boolean reachable = needed.toSelect() <= size;
            Long total = null;
            if (stratum == null && name != null && share < 1) {
                long whole = Cochran.roundUp(needed.selectExact() / share);
                total = whole <= plan.population() ? whole : null;
            }
            fix = new DomainCheck.Fix(needed.completes(), needed.toSelect(), total, reachable);
        }
        return new DomainCheck(name, size, share, stratum, completes, margin, below, fix);
    }

    private static StratumShare stratumOf(List<StratumShare> strata, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return strata.stream().filter(s -> s.stratum().name().trim().equals(name.trim())).findFirst().orElse(null);
    }

    private static long stageUnits(SamplingPlan plan) {
        if (plan.stages().isEmpty()) {
            return 0;
        }
        long product = 1;
        for (Stage stage : plan.stages()) {
            if (product > Long.MAX_VALUE / stage.count()) {
                return Long.MAX_VALUE;
            }
            product *= stage.count();
        }
        return product;
    }
}
