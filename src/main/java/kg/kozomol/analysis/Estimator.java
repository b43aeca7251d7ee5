package kg.kozomol.analysis;

/** What an analysis estimates for its variable, per domain. */
public enum Estimator {
    MEAN,
    /** The share of one category of the variable. */
    PROPORTION,
    TOTAL,
    /** A quantile, with its Woodruff interval. */
    QUANTILE,
    /** The ratio of the variable's total to the denominator's (R's {@code svyratio}). */
    RATIO,
    /** The variable by a column variable: each cell's share of the whole, and the Rao-Scott test of independence. */
    CROSSTAB
}
