package kg.kozomol.stats;

import java.util.List;
import kg.kozomol.stats.internal.Distributions;

/**
 * Confidence intervals for a proportion that stay inside [0, 1], as R survey's {@code svyciprop}, with t quantiles
 * on the design's degrees of freedom; plus the Wilson score interval, which R survey does not have (see
 * {@link Method#WILSON}).
 */
public final class ProportionCi {

    /** R's {@code svyciprop(method = ...)}; {@link #WILSON} is this engine's own. */
    public enum Method {
        /** Wald interval of the intercept of a design-based logistic regression, back-transformed ("logit"). */
        LOGIT,
        /** Clopper-Pearson with the effective sample size adjusted for the design's df ("beta"). */
        BETA,
        /** Wald interval of the mean ("mean"). */
        MEAN,
        /** Wald interval on the logit scale by the delta method ("xlogit"). */
        XLOGIT,
        /** Wald interval on the arcsine-square-root scale ("asin"). */
        ASIN,
        /**
         * Wilson score interval with the Kish effective sample size n* = p(1−p)/V(p) and the t quantile on the
         * design's df: (p + t²/2n* ± t·√(p(1−p)/n* + t²/4n*²)) / (1 + t²/n*).
         */
        WILSON
    }

    private ProportionCi() {
    }

    /** The proportion of rows whose {@code variable} equals {@code level} (R's {@code ~I(variable == level)}). */
    public static ProportionInterval of(Design design, String variable, String level, Method method, Options options) {
        Factor factor = design.data().factor(variable);
        int code = factor.code(level);
        double[] indicator = new double[factor.size()];
        for (int row = 0; row < indicator.length; row++) {
            indicator[row] = factor.codes()[row] < 0 ? Double.NaN : factor.codes()[row] == code ? 1 : 0;
        }
        return of(design, variable + " = " + level, indicator, method, options);
    }

    /** The mean of a 0/1 variable. */
    public static ProportionInterval of(Design design, String variable, Method method, Options options) {
        double[] values = design.data().numeric(variable).values();
        for (int row = 0; row < values.length; row++) {
            if (design.includes(row) && !Double.isNaN(values[row]) && values[row] != 0 && values[row] != 1) {
                throw new SurveyException(Problem.NOT_BINARY, variable);
            }
        }
        return of(design, variable, values, method, options);
    }

    private static ProportionInterval of(Design design, String term, double[] y, Method method, Options options) {
        Design complete = Variables.complete(design, options.missing(), term, y);
        Estimation.Result mean = Estimation.run(complete, new Mean.Statistic(y), term);
        double p = mean.value()[0];
        double se = mean.se(0);
        double level = options.level();
        int df = complete.degreesOfFreedom();
        double estimate = p;
        double[] ci = switch (method) {
            case MEAN -> ShareInterval.wald(p, se, level, df);
            case XLOGIT -> ShareInterval.logit(p, se, level, df);
            case ASIN -> ShareInterval.arcsine(p, se, level, df);
            case BETA -> ShareInterval.beta(p, se, level, complete.sampleRows(), df);
            case WILSON -> wilson(p, se, level, df);
            case LOGIT -> {
                Coefficient intercept = Regression.fit(complete, Regression.Family.LOGISTIC, term, y, List.of(),
                        options).coefficients().get(0);
                estimate = ShareInterval.expit(intercept.estimate());
                double[] eta = ShareInterval.wald(intercept.estimate(), intercept.se(), level, df);
                yield new double[] {ShareInterval.expit(eta[0]), ShareInterval.expit(eta[1])};
            }
        };
        return new ProportionInterval(term, estimate, se, new Interval(ci[0], ci[1], level), method, mean.n());
    }

    private static double[] wilson(double p, double se, double level, int df) {
        double n = p * (1 - p) / (se * se);
        double t = Distributions.qt(1 - (1 - level) / 2, df);
        double t2 = t * t;
        double centre = (p + t2 / (2 * n)) / (1 + t2 / n);
        double half = t * Math.sqrt(p * (1 - p) / n + t2 / (4 * n * n)) / (1 + t2 / n);
        return new double[] {centre - half, centre + half};
    }
}
