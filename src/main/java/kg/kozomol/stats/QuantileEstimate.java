package kg.kozomol.stats;

import java.util.OptionalDouble;

/**
 * A quantile with its Woodruff confidence interval. R gives no bound (NaN) when the interval for the cumulative
 * share leaves [0, 1]; then the bound and the standard error derived from the interval are empty.
 *
 * @param probability the quantile asked for (0.5 for the median)
 * @param se          R's {@code (upper − lower) / (2·t)}
 * @param n           the cases used
 */
public record QuantileEstimate(double probability, double estimate, OptionalDouble lower, OptionalDouble upper,
        OptionalDouble se, double level, int n) {
}
