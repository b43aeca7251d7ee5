package kg.kozomol.study.sampling;

/**
 * The policy-grade check of one domain (or of the whole population).
 *
 * @param population units of the population in the domain
 * @param expectedCompletes completed units the plan is expected to yield in the domain
 * @param marginPoints the expected margin of error of a proportion, in percentage points at the policy confidence
 * @param fix the sample that would bring the domain to policy grade; null when it is there already
 */
public record DomainCheck(String name, double population, double share, String stratum, double expectedCompletes,
        double marginPoints, boolean belowPolicyGrade, Fix fix) {

    /** Less than one respondent is expected: there is no estimate at all. */
    public boolean noRespondents() {
        return expectedCompletes < 1;
    }

    public boolean linkedToStratum() {
        return stratum != null;
    }

    /**
     * What would reach the threshold.
     *
     * @param completes completed units needed in the domain
     * @param toSelect units of the domain to select, given the response rate
     * @param totalToSelect the whole sample to select if the domain is only reached in proportion to its share;
     *        null when the domain is a stratum (allocate to it directly) or when that would exceed the population
     * @param reachable false when even selecting every unit of the domain is not enough
     */
    public record Fix(long completes, long toSelect, Long totalToSelect, boolean reachable) {}
}
