package kg.kozomol.stats;

import kg.kozomol.stats.internal.Distributions;

/** Wald intervals: estimate ± quantile·se, with the normal or a t quantile. */
final class Intervals {

    private Intervals() {
    }

    /** R's {@code confint} on a {@code svystat}: normal quantiles ({@code df = Inf}). */
    static Interval normal(double estimate, double se, double level) {
        return t(estimate, se, level, Double.POSITIVE_INFINITY);
    }

    static Interval t(double estimate, double se, double level, double df) {
        double q = Distributions.qt((1 - level) / 2, df);
        return new Interval(estimate + se * q, estimate - se * q, level);
    }
}
