package kg.kozomol.study.sampling;

/**
 * One stratum's part of the sample under the plan's allocation.
 *
 * @param weight the stratum's share of the sample (n_h / n)
 * @param expectedCompletes completed units to expect, at most the stratum's size times the response rate
 * @param census every unit of the stratum has to be selected
 * @param margin the expected margin of error in the stratum, on the scale of the plan's estimate
 */
public record StratumShare(Stratum stratum, double weight, double completesExact, double selectExact, long completes,
        long toSelect, double expectedCompletes, boolean census, double margin) {}
