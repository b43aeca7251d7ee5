package kg.kozomol.collect.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.review.FormTexts;

/**
 * Writes a form's current submissions as CSV (one file, or a ZIP of one file per table when the form has repeats) or
 * XLSX (one sheet per table). Rows are read with a cursor in a read-only transaction, one table per pass, and written
 * as they come: memory does not grow with the number of submissions.
 */
@Service
public class SubmissionExports {

    static final List<String> MAIN_HEAD = List.of("SubmissionDate");
    static final List<String> MAIN_TAIL = List.of("instanceID", "KEY", "SubmitterName", "ReviewState", "FormVersion");
    static final List<String> REPEAT_TAIL = List.of("PARENT_KEY", "KEY");
    private static final int FETCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private int xlsxRowLimit = XlsxBook.EXCEL_DATA_ROWS;

    SubmissionExports(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** For tests of the continuation onto a further sheet without a million rows. */
    void xlsxRowLimit(int limit) {
        this.xlsxRowLimit = limit;
    }

    record Exported(long id, String instanceId, Instant receivedAt, String status, String appUserName, String formVersion,
            byte[] xml) {
    }

    /** Mapped by hand: the record mapper tries each camelCase name first and throws for every miss, on every row. */
    private static Exported exported(ResultSet rs, int row) throws SQLException {
        return new Exported(rs.getLong("id"), rs.getString("instance_id"), rs.getTimestamp("received_at").toInstant(),
                rs.getString("status"), rs.getString("app_user_name"), rs.getString("form_version"), rs.getBytes("xml"));
    }

    public long count(long formId) {
        return jdbc.sql("select count(*) from collect_submission where form_id = :form and current").param("form", formId)
                .query(Long.class).single();
    }

    /** The file name the export is offered under. */
    public static String fileName(CollectForm form, ExportOptions options, boolean hasRepeats) {
        return switch (options.format()) {
            case XLSX -> form.xmlFormId() + ".xlsx";
            case CSV -> form.xmlFormId() + (hasRepeats ? "-csv.zip" : ".csv");
            case ATTACHMENTS -> form.xmlFormId() + "-attachments.zip";
        };
    }

    public static boolean hasRepeats(FormTexts texts) {
        return texts.model().all().stream().anyMatch(q -> q.type() == QuestionType.REPEAT);
    }

    /**
     * @param progress told how many submission passes are done, of {@link #count} times the number of tables
     * @param readme the README texts for an XLSX whose table ran past a sheet
     */
    public void write(CollectForm form, FormTexts texts, ExportOptions options, OutputStream out, LongConsumer progress,
            XlsxReadme readme) throws IOException {
        List<ExportTable> tables = ExportTable.of(form.xmlFormId(), texts, options.split());
        long[] done = {0};
        LongConsumer step = n -> progress.accept(++done[0]);
        if (options.format() == ExportOptions.Format.XLSX) {
            try (XlsxBook book = new XlsxBook(xlsxRowLimit, readme)) {
                for (ExportTable table : tables) {
                    pass(form.id(), texts, options, table, book.table(table.name()), step);
                }
                book.write(out);
            }
        } else if (tables.size() == 1) {
            csv(form.id(), texts, options, tables.get(0), out, step);
        } else {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            SheetNames names = new SheetNames();
            for (ExportTable table : tables) {
                zip.putNextEntry(new ZipEntry((table.isMain() ? table.name() : form.xmlFormId() + "-" + names.unique(table.name())) + ".csv"));
                csv(form.id(), texts, options, table, zip, step); // flushed, never closed: the ZIP goes on
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    private void csv(long formId, FormTexts texts, ExportOptions options, ExportTable table, OutputStream out, LongConsumer step)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF'); // lets Excel read the Cyrillic as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        pass(formId, texts, options, table, new TableWriter() {
            @Override
            public void header(List<String> header) throws IOException {
                printer.printRecord(header);
            }

            @Override
            public void row(String[] cells) throws IOException {
                for (String cell : cells) {
                    printer.print(cell);
                }
                printer.println();
            }
        }, step);
        printer.flush();
        writer.flush();
    }

    private void pass(long formId, FormTexts texts, ExportOptions options, ExportTable table, TableWriter writer, LongConsumer step)
            throws IOException {
        writer.header(header(table));
        try {
            readOnly.executeWithoutResult(status -> {
                try (var rows = jdbc.sql("""
                        select s.id, s.instance_id, s.received_at, s.status, a.display_name as app_user_name, s.form_version, s.xml
                        from collect_submission s left join collect_app_user a on a.id = s.app_user_id
                        where s.form_id = :form and s.current order by s.id
                        """).param("form", formId).withFetchSize(FETCH).query(SubmissionExports::exported).stream()) {
                    TableRows tableRows = new TableRows(texts, options, table);
                    rows.forEach(submission -> {
                        try {
                            tableRows.write(submission, writer);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        step.accept(1);
                    });
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<String> header(ExportTable table) {
        List<String> header = new ArrayList<>(table.isMain() ? MAIN_HEAD : List.of());
        table.columns().forEach(c -> header.add(c.header()));
        header.addAll(table.isMain() ? MAIN_TAIL : REPEAT_TAIL);
        return header;
    }
}
