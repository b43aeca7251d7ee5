package kg.kozomol.analysis;

import java.util.List;

/** The result table of an analysis, with its design counted. */
public record AnalysisResult(Estimator estimator, String variable, List<ResultRow> rows, DesignSummary design) {

    /** Cells with fewer respondents are flagged and not for publication. */
    public static final int SMALL_CELL = 5;

    public boolean proportion() {
        return estimator == Estimator.PROPORTION;
    }

    public boolean anySuppressed() {
        return rows.stream().anyMatch(ResultRow::suppressed);
    }
}
