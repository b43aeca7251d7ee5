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
        int m = statistic.inputs();
        int k = statistic.outputs();
        double[] z = new double[m];
        double[] totals = new double[m];
        double weightSum = 0;
        int n = 0;
        int rows = design.data.rows();
        for (int row = 0; row < rows; row++) {
            double w = design.weights[row];
            if (design.includes(row) && w != 0) {
                statistic.inputs(row, z);
                for (int j = 0; j < m; j++) {
                    totals[j] += w * z[j];
                }
                weightSum += w;
                n++;
            }
        }
        if (n == 0) {
            throw new SurveyException(Problem.EMPTY_DOMAIN, variable, design.domain());
        }
        double[] value = statistic.value(totals);
        for (double v : value) {
            if (!Double.isFinite(v)) {
                throw new SurveyException(Problem.ZERO_DENOMINATOR, variable);
            }
        }
        double[][] gradient = statistic.gradient(totals);
        double[] covariance = design.covariance(statistic, value, gradient);
        double[] deff = designEffects(design, statistic, gradient, covariance, weightSum, n);
        return new Result(value, covariance, deff, n);
    }

    /**
     * R's {@code deff = TRUE}: the variance over the variance of a simple random sample without replacement of the
     * same size, {@code s²·W·(W − n)/n} for the influence values u (s² their weighted variance with n/(n−1)).
     */
    private static double[] designEffects(Design design, TotalsStatistic statistic, double[][] gradient,
            double[] covariance, double weightSum, int n) {
        int k = statistic.outputs();
        double[] deff = new double[k];
        java.util.Arrays.fill(deff, Double.NaN);
        if (n < 2) {
            return deff;
        }
        double[] z = new double[statistic.inputs()];
        double[] u = new double[k];
        double[] mean = new double[k];
        int rows = design.data.rows();
        for (int row = 0; row < rows; row++) {
            double w = design.weights[row];
            if (design.includes(row) && w != 0) {
                statistic.influence(row, z, gradient, u);
                for (int i = 0; i < k; i++) {
                    mean[i] += w * u[i];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            mean[i] /= weightSum;
        }
        double[] squares = new double[k];
        for (int row = 0; row < rows; row++) {
            double w = design.weights[row];
            if (design.includes(row) && w != 0) {
                statistic.influence(row, z, gradient, u);
                for (int i = 0; i < k; i++) {
                    double d = u[i] - mean[i];
                    squares[i] += w * d * d;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            double srs = squares[i] * (weightSum - n) / (n - 1);
            if (srs > 0) {
                deff[i] = covariance[i * k + i] / srs;
            }
        }
        return deff;
    }
}
