/**
 * Design-based survey statistics that match R's {@code survey} package (4.1), in plain Java without Spring.
 *
 * <p>Data: {@link kg.kozomol.stats.SurveyCsv} reads CSV into a column-oriented {@link kg.kozomol.stats.SurveyData}
 * (primitive arrays; text as codes). Design: {@link kg.kozomol.stats.SurveyDesign#of} with stages of clusters,
 * strata, weights or probabilities, population sizes, {@code nest} and a {@link kg.kozomol.stats.LonelyPsu} rule
 * (R's {@code svydesign}), or {@link kg.kozomol.stats.ReplicateDesign} with replicate weights (R's
 * {@code svrepdesign}); {@link kg.kozomol.stats.Calibration} post-stratifies and rakes. Domains are
 * {@code design.domain(variable, level)} and {@link kg.kozomol.stats.Domains#by} (R's {@code svyby}).
 *
 * <p>Estimators, each giving estimate, standard error, confidence interval, design effect and unweighted n:
 * {@link kg.kozomol.stats.Mean}, {@link kg.kozomol.stats.Total}, {@link kg.kozomol.stats.Categories},
 * {@link kg.kozomol.stats.Ratio}, {@link kg.kozomol.stats.Quantiles} (Woodruff), {@link kg.kozomol.stats.ProportionCi}
 * (logit, Clopper-Pearson, Wilson, ...), {@link kg.kozomol.stats.RaoScott} (R's {@code svychisq}) and
 * {@link kg.kozomol.stats.Regression} (R's {@code svyglm}, linear and logistic).
 *
 * <p>Anything that cannot be estimated honestly throws a {@link kg.kozomol.stats.SurveyException} with a
 * {@link kg.kozomol.stats.Problem} (a message key of {@code i18n/stats}) and arguments naming the variable,
 * stratum or row. The expected values the tests compare with come from {@code src/test/r/survey-fixtures.R}.
 */
package kg.kozomol.stats;
