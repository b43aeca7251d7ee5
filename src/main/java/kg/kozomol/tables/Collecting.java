package kg.kozomol.tables;

import java.util.ArrayList;
import java.util.List;

/** Keeps the rows of the first sheet as a {@link RawTable}, refusing more than the rows allowed. */
final class Collecting implements TableVisitor {

    private final int maxRows;
    private List<String> header;
    private final List<RawTable.Row> rows = new ArrayList<>();

    Collecting(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public boolean sheet(String name, List<String> header) {
        if (this.header != null) {
            return false;
        }
        this.header = header;
        return true;
    }

    @Override
    public void row(RawTable.Row row) {
        if (rows.size() == maxRows) {
            throw new TableFileException(TableFileException.Reason.TOO_MANY_ROWS, maxRows);
        }
        rows.add(row);
    }

    RawTable table() {
        return new RawTable(header == null ? List.of() : header, rows);
    }
}
