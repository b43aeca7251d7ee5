package kg.kozomol.study.sampling;

/**
 * Every step of a Cochran calculation, kept so the page can show the working.
 *
 * @param n0 the sample for an infinite population, z²·V/e²
 * @param corrected n0 after the finite population correction
 * @param completesExact completed units needed: corrected × design effect
 * @param selectExact units to select: completes ÷ response rate
 */
public record SampleSize(double z, double variance, double margin, double population, double designEffect,
        double responseRate, double n0, double corrected, double completesExact, double selectExact) {

    public long n0RoundedUp() {
        return Cochran.roundUp(n0);
    }

    public long correctedRoundedUp() {
        return Cochran.roundUp(corrected);
    }

    public long completes() {
        return Cochran.roundUp(completesExact);
    }

    public long toSelect() {
        return Cochran.roundUp(selectExact);
    }

    /** More units would have to be selected than exist: only a census, or a wider margin, will do. */
    public boolean exceedsPopulation() {
        return toSelect() > population;
    }
}
