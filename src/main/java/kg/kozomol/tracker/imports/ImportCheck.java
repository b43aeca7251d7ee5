package kg.kozomol.tracker.imports;

import java.util.List;

/** The outcome of the validation pass: every problem found, or what the import would do with each row. */
public record ImportCheck(List<ImportProblem> problems, List<PlannedRow> rows) {

    public static ImportCheck refused(ImportProblem problem) {
        return new ImportCheck(List.of(problem), List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long count(ImportAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long created() {
        return count(ImportAction.NEW);
    }

    public long updated() {
        return count(ImportAction.UPDATE);
    }

    public long unchanged() {
        return count(ImportAction.UNCHANGED);
    }

    /** The rows that create or change a recommendation. */
    public List<PlannedRow> changes() {
        return rows.stream().filter(r -> r.action() != ImportAction.UNCHANGED).toList();
    }
}
