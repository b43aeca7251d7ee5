package kg.kozomol.collect.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * An XLSX written as it goes (SXSSF keeps a window of rows in memory, the rest on disk). A table longer than a sheet
 * may hold continues on a further sheet with the same header, and a README sheet tells the reader where; no row is
 * ever dropped.
 */
final class XlsxBook implements AutoCloseable {

    /** Excel's 1,048,576 rows less the header row. */
    static final int EXCEL_DATA_ROWS = 1_048_575;

    private final SXSSFWorkbook workbook = new FastWorkbook();
    /** Set on every cell: without a style of its own, a cell looks up its column's on each write. */
    private final CellStyle plain = workbook.getCellStyleAt(0);
    private final SheetNames names = new SheetNames();
    private final int maxDataRows;
    private final List<String> notes = new ArrayList<>();
    private final XlsxReadme readme;

    XlsxBook(int maxDataRows, XlsxReadme readme) {
        this.maxDataRows = maxDataRows;
        this.readme = readme;
    }

    TableWriter<List<String[]>> table(String name) {
        return new TableWriter<>() {
            private String[] header = {};
            private final List<String> sheets = new ArrayList<>();
            private Sheet sheet;
            private int rows;

            @Override
            public void header(List<String> cells) {
                header = cells.toArray(String[]::new);
                next();
            }

            @Override
            public List<String[]> prepare(List<String[]> rows) {
                return rows;
            }

            @Override
            public void write(List<String[]> rows) {
                rows.forEach(this::row);
            }

            private void row(String[] cells) {
                if (rows == maxDataRows) {
                    next();
                    notes.removeIf(n -> n.startsWith(name + "\u0000"));
                    notes.add(name + "\u0000" + readme.continued(name, sheets.get(0), sheets));
                }
                fill(sheet.createRow(++rows), cells);
            }

            private void next() {
                sheet = workbook.createSheet(names.unique(name, sheets.isEmpty() ? "" : " (" + (sheets.size() + 1) + ")"));
                sheets.add(sheet.getSheetName());
                fill(sheet.createRow(0), header);
                rows = 0;
            }
        };
    }

    /** Whether any table ran past a sheet; the README sheet then explains where it continues. */
    boolean continued() {
        return !notes.isEmpty();
    }

    void write(OutputStream out) throws IOException {
        if (continued()) {
            Sheet sheet = workbook.createSheet(names.unique("README"));
            fill(sheet.createRow(0), new String[] {readme.title()});
            int r = 1;
            for (String note : notes) {
                fill(sheet.createRow(r++), new String[] {note.substring(note.indexOf('\u0000') + 1)});
            }
            workbook.setSheetOrder(sheet.getSheetName(), 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
        }
        workbook.write(out);
    }

    private void fill(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String value = cells[i];
            if (value != null && !value.isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(plain);
                cell.setCellValue(value.length() > 32_767 ? value.substring(0, 32_767) : value);
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /**
     * Compresses faster than the default level: a wide sheet's XML runs to gigabytes, and deflating it twice (into the
     * temporary file, then into the XLSX) took longer than everything else together. The temporary files, read once,
     * get the fastest level; the XLSX level 3, as small as the default for exports. The temporary files are written
     * through a buffer without a lock per character.
     */
    private static final class FastWorkbook extends SXSSFWorkbook {

        FastWorkbook() {
            super(null, 200, true);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter() {
                @Override
                public Writer createWriter(File file) throws IOException {
                    FileOutputStream out = new FileOutputStream(file);
                    try {
                        return new UnlockedBufferedWriter(new OutputStreamWriter(decorateOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
                    } catch (IOException | RuntimeException e) {
                        out.close();
                        throw e;
                    }
                }

                @Override
                protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
                    return new GZIPOutputStream(file, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(3);
            return zip;
        }
    }
}
