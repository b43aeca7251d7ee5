package kg.kozomol.tracker.imports;

import java.util.List;

/**
 * One thing wrong with an import file, said in the reader's language through its message key.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column code, e.g. {@code lead_body}; null when the problem is not about one column
 */
public record ImportProblem(int row, String column, String messageKey, List<String> args) {

    private static final int LONGEST_VALUE = 80;

    public static ImportProblem of(int row, ImportColumn column, String messageKey, Object... args) {
        return new ImportProblem(row, column == null ? null : column.code(), messageKey,
                java.util.Arrays.stream(args).map(ImportProblem::shown).toList());
    }

    public Object[] argsArray() {
        return args.toArray();
    }

    /** A cell quoted back is cut short, so one huge cell cannot flood the page. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }
}
