package kg.kozomol.study.sampling;

/** Cochran's formula with finite population correction and design effect, forwards and backwards. */
public final class Cochran {

    /** Floating-point noise below this is not a reason to ask for one more respondent. */
    private static final double TOLERANCE = 1e-9;

    private Cochran() {}

    /**
     * The sample needed for a margin of error e: n0 = z²·V/e², n = n0 / (1 + (n0 − 1)/N), times the design
     * effect for completed units, divided by the response rate for units to select.
     */
    public static SampleSize sampleSize(double z, double variance, double margin, double population, double designEffect,
            double responseRate) {
        double n0 = z * z * variance / (margin * margin);
        double corrected = n0 / (1 + (n0 - 1) / population);
        double completes = corrected * designEffect;
        return new SampleSize(z, variance, margin, population, designEffect, responseRate, n0, corrected, completes,
                completes / responseRate);
    }

    /**
     * The margin of error that {@code completes} completed units give: the inverse of {@link #sampleSize}. With the
     * effective sample n' = n/deff, e = z·√(V·(N − n') / (n'·(N − 1))). A census gives 0; no units give infinity.
     */
    public static double margin(double z, double variance, double completes, double population, double designEffect) {
        if (completes <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double effective = completes / designEffect;
        if (effective >= population) {
            return 0;
        }
        double correction = population > 1 && !Double.isInfinite(population) ? (population - effective) / (population - 1) : 1;
        return z * Math.sqrt(variance / effective * correction);
    }

    /** Rounds up, as sample sizes are: 322.39 needs 323 units. */
    public static long roundUp(double value) {
        return (long) Math.ceil(value - TOLERANCE);
    }
}
