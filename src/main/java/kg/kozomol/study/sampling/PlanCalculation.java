package kg.kozomol.study.sampling;

import java.util.List;

/**
 * Everything the plan page shows: the required sample with its working, the sample the plan takes, its split
 * over strata, and the policy-grade check of the whole population and of each domain.
 *
 * @param toSelect units the plan selects: the planned sample, or the required one when none is planned
 * @param expectedCompletes completed units to expect from them
 * @param stageUnits units the stages yield (product of their counts); 0 without stages
 * @param policyProportion the proportion the policy check assumes (the plan's p, or 0.5 for a mean)
 */
public record PlanCalculation(SamplingPlan plan, SampleSize required, long toSelect, double expectedCompletes,
        boolean planned, long stageUnits, List<StratumShare> strata, DomainCheck overall, List<DomainCheck> domains,
        PolicyGrade policy, double policyProportion) {

    /** The stages give fewer units than the plan selects. */
    public boolean stagesShort() {
        return stageUnits > 0 && stageUnits < toSelect;
    }

    /** The planned sample is smaller than the calculation requires. */
    public boolean plannedBelowRequired() {
        return planned && toSelect < required.toSelect();
    }

    public long flaggedDomains() {
        return domains.stream().filter(DomainCheck::belowPolicyGrade).count();
    }
}
