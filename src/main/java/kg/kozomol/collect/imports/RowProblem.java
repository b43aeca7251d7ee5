package kg.kozomol.collect.imports;

import java.util.List;

/**
 * One thing wrong in an export file, said in the reader's language through its message key.
 *
 * @param sheet the sheet ("" for a CSV file or the file as a whole)
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column header, or null
 */
public record RowProblem(String sheet, int row, String column, String key, List<String> args) implements java.io.Serializable {

    private static final int LONGEST_VALUE = 80;

    /** A problem worded by {@code collect.import.problem.} + {@code key}; each quoted cell cut short. */
    public static RowProblem of(String sheet, int row, String column, String key, String... args) {
        return new RowProblem(sheet, row, column, "collect.import.problem." + key, java.util.Arrays.stream(args)
                .map(a -> a.length() > LONGEST_VALUE ? a.substring(0, LONGEST_VALUE) + "…" : a).toList());
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
