package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What the validation pass found: the problems (the first {@link #SHOWN} of them kept, all counted), and how many rows
 * would become new submissions, are already present, repeat an instance id of an earlier row of the file (skipped, the
 * first row wins; the first {@link #SHOWN} row numbers kept), or would get a generated instance id. The import reports
 * the same numbers.
 */
public record ImportReport(List<RowProblem> problems, long problemCount, long rows, long added, long present, long generated,
        long repeated, List<Long> repeatedRows) implements java.io.Serializable {

    public static final int SHOWN = 500;

    public boolean ok() {
        return problemCount == 0;
    }

    public static ImportReport refused(RowProblem problem) {
        return new ImportReport(List.of(problem), 1, 0, 0, 0, 0, 0, List.of());
    }

    /** Counts as the pass goes. */
    static final class Tally {

        private final List<RowProblem> problems = new ArrayList<>();
        private long problemCount;
        private final List<Long> repeatedRows = new ArrayList<>();
        private final SeenIds seen = new SeenIds();
        private long repeated;
        long rows;
        long added;
        long present;
        long generated;

        void problem(RowProblem problem) {
            if (problems.size() < SHOWN) {
                problems.add(problem);
            }
            problemCount++;
        }

        /** Notes a row's instance id; true (and counted) when an earlier row of the file had it. */
        boolean repeats(long row, String instanceId) {
            if (!seen.repeats(instanceId)) {
                return false;
            }
            if (repeatedRows.size() < SHOWN) {
                repeatedRows.add(row);
            }
            repeated++;
            return true;
        }

        long problemCount() {
            return problemCount;
        }

        ImportReport report() {
            return new ImportReport(List.copyOf(problems), problemCount, rows, added, present, generated, repeated,
                    List.copyOf(repeatedRows));
        }
    }
}
