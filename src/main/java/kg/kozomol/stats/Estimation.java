package kg.kozomol.stats;

import java.util.OptionalDouble;

/** Estimate, covariance and design effect of a {@link TotalsStatistic} on a design. */
final class Estimation {

    /**
     * @param value      the k estimates
     * @param covariance k×k, row-major
     * @param deff       k design effects, NaN where undefined
     * @param n          rows of the domain with a non-zero weight
     */
    record Result(double[] value, double[] covariance, double[] deff, int n) {

        double se(int i) {
            return Math.sqrt(covariance[i * value.length + i]);
        }

        OptionalDouble deffOf(int i) {
            return Double.isFinite(deff[i]) ? OptionalDouble.of(deff[i]) : OptionalDouble.empty();
        }

        Estimate estimate(int i, String term, double level, int cases) {
            return new Estimate(term, value[i], se(i), Intervals.normal(value[i], se(i), level), deffOf(i), cases);
        }
    }

    private Estimation() {
    }

    /** @param variable named in the message when the domain has no cases */
    static Result run(Design design, TotalsStatistic statistic, String variable) {
        Accumulation sums = design.accumulate(statistic);
        if (sums.n == 0) {
            throw new SurveyException(Problem.EMPTY_DOMAIN, variable, design.domain());
        }
        double[] value = statistic.value(sums.totals);
        for (double v : value) {
            if (!Double.isFinite(v)) {
                throw new SurveyException(Problem.ZERO_DENOMINATOR, variable);
            }
        }
        double[][] gradient = statistic.gradient(sums.totals);
        double[] covariance = design.covariance(statistic, sums, value, gradient);
        return new Result(value, covariance, designEffects(sums, gradient, covariance), sums.n);
    }

    /**
     * R's {@code deff = TRUE}: the variance over the variance of a simple random sample without replacement of the
     * same size, {@code s²·W·(W − n)/n} for the influence values u (s² their weighted variance with n/(n−1)).
     */
    private static double[] designEffects(Accumulation sums, double[][] gradient, double[] covariance) {
        int k = gradient.length;
        double[] deff = new double[k];
        java.util.Arrays.fill(deff, Double.NaN);
        int n = sums.n;
        if (n < 2) {
            return deff;
        }
        for (int i = 0; i < k; i++) {
            double srs = sums.influenceSquares(gradient[i]) * (sums.weightSum - n) / (n - 1);
            if (srs > 0) {
                deff[i] = covariance[i * k + i] / srs;
            }
        }
        return deff;
    }
}
