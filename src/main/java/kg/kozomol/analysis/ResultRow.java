package kg.kozomol.analysis;

/**
 * One line of a result: the whole sample (domain null), one domain, or one cell of a crosstab.
 *
 * @param domain the domain or cell as R labels it, e.g. {@code region = North & sex = F}
 * @param designEffect null where the engine has none (quantiles, fewer than two cases)
 * @param n the unweighted respondents behind the estimate (for a proportion, the domain's respondents; for a
 *     crosstab cell, the table's)
 * @param cases the respondents in the cell (for a proportion, those in the category; otherwise n)
 * @param suppressed fewer than {@link AnalysisResult#SMALL_CELL} respondents in the cell: not for publication
 */
public record ResultRow(String domain, double estimate, double se, double lower, double upper, Double designEffect,
        int n, int cases, boolean suppressed) {}
