package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import kg.kozomol.stats.internal.Distributions;
import kg.kozomol.stats.internal.WeightedQuantile;

/**
 * Quantiles with Woodruff confidence intervals, as R survey 4's {@code svyquantile}: the interval for the share of
 * the population at or below the estimated quantile is turned back into values by the same quantile rule, and the
 * standard error is the interval's width over twice the t quantile.
 */
public final class Quantiles {

    private Quantiles() {
    }

    public static List<QuantileEstimate> of(Design design, String variable, double... probabilities) {
        return of(design, variable, QuantileOptions.DEFAULT, probabilities);
    }

    public static List<QuantileEstimate> of(Design design, String variable, QuantileOptions options,
            double... probabilities) {
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new SurveyException(Problem.QUANTILE_OUT_OF_RANGE, p);
            }
        }
        double[] x = design.data().numeric(variable).values();
        Design complete = Variables.complete(design, options.missing(), variable);
        WeightedQuantile rule = rule(complete, x, variable);
        int n = complete.size();
        double df = options.df() != null ? options.df() : complete.degreesOfFreedom();
        double critical = Distributions.qt(1 - (1 - options.level()) / 2, df);
        List<QuantileEstimate> estimates = new ArrayList<>();
        for (double p : probabilities) {
            double estimate = apply(options.rule(), rule, p);
            double[] share = shareInterval(complete, x, estimate, options, df, variable);
            OptionalDouble lower = Double.isNaN(share[0]) || share[0] < 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(apply(options.rule(), rule, share[0]));
            OptionalDouble upper = Double.isNaN(share[1]) || share[1] > 1 ? OptionalDouble.empty()
                    : OptionalDouble.of(apply(options.rule(), rule, share[1]));
            OptionalDouble se = lower.isPresent() && upper.isPresent()
                    ? OptionalDouble.of((upper.getAsDouble() - lower.getAsDouble()) / (2 * critical))
                    : OptionalDouble.empty();
            estimates.add(new QuantileEstimate(p, estimate, lower, upper, se, options.level(), n));
        }
        return estimates;
    }

    private static WeightedQuantile rule(Design design, double[] x, String variable) {
        int n = 0;
        for (int row = 0; row < x.length; row++) {
            n += design.includes(row) && design.weights[row] != 0 ? 1 : 0;
        }
        if (n == 0) {
            throw new SurveyException(Problem.EMPTY_DOMAIN, variable, design.domain());
        }
        double[] values = new double[n];
        double[] weights = new double[n];
        int i = 0;
        for (int row = 0; row < x.length; row++) {
            if (design.includes(row) && design.weights[row] != 0) {
                values[i] = x[row];
                weights[i++] = design.weights[row];
            }
        }
        return new WeightedQuantile(values, weights);
    }

    private static double apply(QuantileOptions.Rule rule, WeightedQuantile quantile, double p) {
        return rule == QuantileOptions.Rule.MATH ? quantile.math(p) : quantile.school(p);
    }

    /** The interval for the share of the population at or below {@code estimate} (R's {@code woodruffCI}). */
    private static double[] shareInterval(Design design, double[] x, double estimate, QuantileOptions options,
            double df, String variable) {
        double[] below = new double[x.length];
        for (int row = 0; row < x.length; row++) {
            below[row] = x[row] <= estimate ? 1 : 0;
        }
        Estimation.Result share = Estimation.run(design, new Mean.Statistic(below), variable);
        double p = share.value()[0];
        double se = share.se(0);
        return switch (options.interval()) {
            case MEAN -> ShareInterval.wald(p, se, options.level(), df);
            case XLOGIT -> ShareInterval.logit(p, se, options.level(), df);
            case ASIN -> ShareInterval.arcsine(p, se, options.level(), df);
            case BETA -> ShareInterval.beta(p, se, options.level(), design.sampleRows(),
                    design.degreesOfFreedom());
        };
    }
}
