package kg.kozomol.tables;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the first sheet of an XLSX workbook, or a CSV file, as a {@link RawTable}. */
public final class TableFiles {

    /** The content type the file store sniffs for an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {}

    /**
     * @param contentType the sniffed type: {@link #XLSX} for a workbook, anything else is read as CSV
     * @throws TableFileException when the file is not a readable table or has more than {@code maxRows} rows
     */
    public static RawTable read(Path file, String contentType, int maxRows) throws IOException {
        return XLSX.equals(contentType) ? XlsxTable.read(file, maxRows) : CsvTable.read(file, maxRows);
    }
}
