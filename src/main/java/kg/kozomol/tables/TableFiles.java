package kg.kozomol.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /**
     * Passes the file's sheets and rows to the visitor as they are read, holding none of them: every sheet of a
     * workbook in order, or the one table of a CSV file.
     *
     * @throws TableFileException when the file is not a readable table; anything the visitor throws comes through
     */
    public static void stream(Path file, String contentType, TableVisitor visitor) throws IOException {
        source(file, contentType).stream(visitor);
    }

    /** A table file read through as often as needed. */
    public interface Source {

        /** One pass over the file, as {@link TableFiles#stream} makes it. */
        void stream(TableVisitor visitor) throws IOException;
    }

    /**
     * The file for more than one pass: what is told from its bytes (a CSV file's character set, which takes a pass over
     * all of them) is told on the first pass only. The passes may run on different threads, one after another.
     */
    public static Source source(Path file, String contentType) {
        if (XLSX.equals(contentType)) {
            return visitor -> XlsxTable.stream(file, visitor, false);
        }
        return new Source() {
            private volatile CsvTable.Encoding encoding;

            @Override
            public void stream(TableVisitor visitor) throws IOException {
                if (encoding == null) {
                    encoding = CsvTable.Encoding.of(file);
                }
                CsvTable.stream(file, encoding, visitor);
            }
        };
    }

    /** As {@link #read(Path, String, int)} for a stream, e.g. from the file store: a workbook needs random access. */
    public static RawTable read(InputStream content, String contentType, int maxRows) throws IOException {
        Path temp = Files.createTempFile("kozomol-table-", ".part");
        try {
            try (InputStream in = content) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return read(temp, contentType, maxRows);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
