package kg.kozomol.stats;

import java.util.OptionalDouble;

/**
 * One estimated number with its precision.
 *
 * @param term     what is estimated: the variable, or "variable" + level for a proportion (R's names)
 * @param estimate the weighted estimate
 * @param se       its design-based standard error
 * @param ci       the confidence interval, estimate ± z·se (R's {@code confint} on a {@code svystat})
 * @param deff     the design effect (R's {@code deff = TRUE}); empty where R has none (fewer than two cases,
 *                 weights summing to less than the sample size)
 * @param n        the unweighted number of respondents behind the estimate: the cases used, or for a proportion
 *                 the cases in that category, so small cells can be flagged
 */
public record Estimate(String term, double estimate, double se, Interval ci, OptionalDouble deff, int n) {
}
