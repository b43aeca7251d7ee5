package kg.kozomol.portal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel shows Cyrillic (and ө ү ң) correctly. */
final class CsvTableWriter<T> implements TableWriter<T> {

    private final List<Column<T>> columns;
    private final Locale locale;
    private final CSVPrinter csv;

    CsvTableWriter(OutputStream out, List<Column<T>> columns, List<String> headers, Locale locale) throws IOException {
        this.columns = columns;
        this.locale = locale;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(headers);
    }

    @Override
    public void row(T item) throws IOException {
        for (Column<T> column : columns) {
            Object value = column.value().apply(item, locale);
            csv.print(value == null ? "" : value.toString());
        }
        csv.println();
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
    }
}
