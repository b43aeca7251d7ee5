package kg.kozomol.stats;

import kg.kozomol.stats.internal.Distributions;

/**
 * Confidence intervals for an estimated proportion p with standard error se, as R survey forms them in
 * {@code svyciprop} and in Woodruff intervals for quantiles: Wald, on the logit or arcsine scale (delta method),
 * or Clopper-Pearson with an effective sample size.
 */
final class ShareInterval {

    private ShareInterval() {
    }

    static double[] wald(double p, double se, double level, double df) {
        double q = Distributions.qt((1 - level) / 2, df);
        return new double[] {p + se * q, p - se * q};
    }

    static double[] logit(double p, double se, double level, double df) {
        double[] ci = wald(Math.log(p / (1 - p)), se / (p * (1 - p)), level, df);
        return new double[] {expit(ci[0]), expit(ci[1])};
    }

    static double[] arcsine(double p, double se, double level, double df) {
        double[] ci = wald(Math.asin(Math.sqrt(p)), se / (2 * Math.sqrt(p * (1 - p))), level, df);
        return new double[] {Math.pow(Math.sin(ci[0]), 2), Math.pow(Math.sin(ci[1]), 2)};
    }

    /**
     * Clopper-Pearson with n_eff = p(1−p)/se², rescaled by (t_{rows−1}/t_df)² for the design's degrees of freedom.
     * Without variance (n_eff beyond 1e15) the interval is [p, p]; R returns qbeta(·, Inf, Inf) = 0.5 there.
     */
    static double[] beta(double p, double se, double level, int rows, int designDf) {
        double alpha = 1 - level;
        double ratio = Distributions.qt(alpha / 2, rows - 1) / Distributions.qt(alpha / 2, designDf);
        double n = p * (1 - p) / (se * se) * ratio * ratio;
        if (!(n < 1e15)) {
            return new double[] {p, p};
        }
        return new double[] {Distributions.qbeta(alpha / 2, n * p, n * (1 - p) + 1),
            Distributions.qbeta(1 - alpha / 2, n * p + 1, n * (1 - p))};
    }

    static double expit(double x) {
        return Math.exp(x) / (1 + Math.exp(x));
    }
}
