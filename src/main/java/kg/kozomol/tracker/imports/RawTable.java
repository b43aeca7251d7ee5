package kg.kozomol.tracker.imports;

import java.util.List;

/**
 * A table as read from a file, before any cell means anything: the header row and the rows below it, each numbered
 * as a spreadsheet shows it (the header is row 1). Blank rows are left out.
 */
record RawTable(List<String> header, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
