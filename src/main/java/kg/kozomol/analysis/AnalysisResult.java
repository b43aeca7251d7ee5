package kg.kozomol.analysis;

import java.util.List;

/**
 * The result table of an analysis, with its design counted.
 *
 * @param test a crosstab's test of independence; null for other estimators
 */
public record AnalysisResult(Estimator estimator, String variable, List<ResultRow> rows, DesignSummary design,
        CrosstabTest test) {

    /** Cells with fewer respondents are flagged and not for publication. */
    public static final int SMALL_CELL = 5;

    /** Whether the estimates are shares, shown in percent. */
    public boolean proportion() {
        return estimator == Estimator.PROPORTION || estimator == Estimator.CROSSTAB;
    }

    public boolean anySuppressed() {
        return rows.stream().anyMatch(ResultRow::suppressed);
    }
}
