package kg.kozomol.stats;

/**
 * A proportion with a confidence interval by one of {@link ProportionCi.Method} (R's {@code svyciprop}).
 *
 * @param estimate the proportion (for the logit method R's back-transformed intercept, equal to the weighted mean
 *                 to the fit's precision)
 * @param se       the design-based standard error of the weighted mean
 * @param n        cases used
 */
public record ProportionInterval(String term, double estimate, double se, Interval ci, ProportionCi.Method method,
        int n) {
}
