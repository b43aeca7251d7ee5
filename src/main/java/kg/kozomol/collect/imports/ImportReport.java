package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What the validation pass found: the problems (the first {@link #SHOWN} of them kept, all counted), and how many rows
 * would become new submissions, are already present, or would get a generated instance id.
 */
public record ImportReport(List<RowProblem> problems, long problemCount, long rows, long added, long present, long generated)
        implements java.io.Serializable {

    public static final int SHOWN = 500;

    public boolean ok() {
        return problemCount == 0;
    }

    public static ImportReport refused(RowProblem problem) {
        return new ImportReport(List.of(problem), 1, 0, 0, 0, 0);
    }

    /** Counts as the pass goes. */
    static final class Tally {

        private final List<RowProblem> problems = new ArrayList<>();
        private long problemCount;
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

        long problemCount() {
            return problemCount;
        }

        ImportReport report() {
            return new ImportReport(List.copyOf(problems), problemCount, rows, added, present, generated);
        }
    }
}
