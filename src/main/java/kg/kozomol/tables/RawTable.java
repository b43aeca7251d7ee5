package kg.kozomol.tables;

import java.util.List;

/**
 * A table as read from a file, before any cell means anything: the header row and the rows below it, each numbered
 * as a spreadsheet shows it (the header is row 1). Blank rows are left out.
 */
public record RawTable(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
