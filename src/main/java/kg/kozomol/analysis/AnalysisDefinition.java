package kg.kozomol.analysis;

import java.math.BigDecimal;
import java.util.List;
import kg.kozomol.stats.LonelyPsu;

/**
 * What an analysis asks: the design (variables by name; null when absent), the estimator and its variable, and
 * domain variables whose every combination of values (cross-classified, in this order) gets its own row.
 *
 * @param category the category whose share a {@link Estimator#PROPORTION} estimates
 * @param quantile the probability a {@link Estimator#QUANTILE} estimates, e.g. 0.5
 * @param denominator the denominator of a {@link Estimator#RATIO} (the variable is its numerator)
 * @param columnVariable the column variable of a {@link Estimator#CROSSTAB} (the variable gives its rows)
 * @param removeMissing leave out rows where the variable is missing (R's na.rm) instead of refusing them
 */
public record AnalysisDefinition(String title, String weights, String strata, String clusters, String fpc, boolean nest,
        LonelyPsu lonelyPsu, Estimator estimator, String variable, String category, BigDecimal quantile,
        String denominator, String columnVariable, List<String> domainVariables, boolean removeMissing) {

    public AnalysisDefinition {
        domainVariables = domainVariables == null ? List.of() : List.copyOf(domainVariables);
    }
}
