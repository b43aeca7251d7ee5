package kg.kozomol.analysis;

/** What an analysis estimates for its variable, per domain. */
public enum Estimator {
    MEAN,
    /** The share of one category of the variable. */
    PROPORTION,
    TOTAL,
    /** A quantile, with its Woodruff interval. */
    QUANTILE
}
