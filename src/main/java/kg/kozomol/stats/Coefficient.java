package kg.kozomol.stats;

/**
 * One regression coefficient with its design-based standard error (R's {@code summary(svyglm)}).
 *
 * @param term   "(Intercept)", a numeric predictor, or predictor + level for a category (R's names)
 * @param t      estimate / se
 * @param pValue two-sided, from t with the model's residual degrees of freedom
 * @param ci     estimate ± t quantile · se (R's {@code confint(svyglm)})
 */
public record Coefficient(String term, double estimate, double se, double t, double pValue, Interval ci) {
}
