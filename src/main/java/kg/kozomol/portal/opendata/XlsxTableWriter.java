package kg.kozomol.portal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** An XLSX sheet written by POI's streaming workbook: only a window of rows stays in memory, the rest goes to disk. */
final class XlsxTableWriter<T> implements TableWriter<T> {

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 100;
    /** Excel's limit for the text of one cell. */
    private static final int CELL_LIMIT = 32_767;

    private final OutputStream out;
    private final List<Column<T>> columns;
    private final Locale locale;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private int next;

    XlsxTableWriter(OutputStream out, String sheetName, List<Column<T>> columns, List<String> headers, Locale locale) {
        this.out = out;
        this.columns = columns;
        this.locale = locale;
        this.sheet = workbook.createSheet(sheetName);
        XSSFCellStyle bold = (XSSFCellStyle) workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(T item) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(item, locale);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                String text = value.toString();
                cell.setCellValue(text.length() > CELL_LIMIT ? text.substring(0, CELL_LIMIT) : text);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
