package kg.kozomol.analysis;

import java.math.BigDecimal;
import kg.kozomol.stats.LonelyPsu;

/**
 * What an analysis asks: the design (variables by name; null when absent), the estimator and its variable, and an
 * optional domain variable whose every value gets its own row.
 *
 * @param category the category whose share a {@link Estimator#PROPORTION} estimates
 * @param quantile the probability a {@link Estimator#QUANTILE} estimates, e.g. 0.5
 * @param removeMissing leave out rows where the variable is missing (R's na.rm) instead of refusing them
 */
public record AnalysisDefinition(String title, String weights, String strata, String clusters, String fpc, boolean nest,
        LonelyPsu lonelyPsu, Estimator estimator, String variable, String category, BigDecimal quantile,
        String domainVariable, boolean removeMissing) {}
