package kg.kozomol.collect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.platform.RecordRows;

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

    /** Threads that read the XML and format rows, besides the one reading the cursor and writing. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;
    private int xlsxRowLimit = XlsxBook.EXCEL_DATA_ROWS;

    SubmissionExports(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** For tests of the continuation onto a further sheet without a million rows. */
    void xlsxRowLimit(int limit) {
        this.xlsxRowLimit = limit;
    }

    /** A submission to export: its {@code answers} as stored at ingest, or (stored before them) its {@code xml}. */
    record Exported(long id, String instanceId, Instant receivedAt, String status, String appUserName, String formVersion,
            byte[] answers, byte[] xml) {
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
        pass(formId, texts, options, table, new TableWriter<byte[]>() {
            @Override
            public void header(List<String> header) throws IOException {
                out.write(csv(Collections.singletonList(header.toArray(String[]::new)), "\uFEFF")); // the mark lets Excel read the Cyrillic as UTF-8
            }

            @Override
            public byte[] prepare(List<String[]> rows) {
                return csv(rows, "");
            }

            @Override
            public void write(byte[] prepared) throws IOException {
                out.write(prepared);
            }
        }, step);
        out.flush(); // never closed: a ZIP goes on
    }

    private static byte[] csv(List<String[]> rows, String start) {
        StringBuilder text = new StringBuilder(start);
        try {
            // The format itself rather than a CSVPrinter: the same output, without the printer's lock taken per value.
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    CSVFormat.DEFAULT.print(row[i], text, i == 0);
                }
                CSVFormat.DEFAULT.println(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private <P> void pass(long formId, FormTexts texts, ExportOptions options, ExportTable table, TableWriter<P> writer,
            LongConsumer step) throws IOException {
        writer.header(header(table));
        // One per worker for the whole pass: its paths and the element names it has decoded serve every batch.
        ThreadLocal<TableRows> tableRows = ThreadLocal.withInitial(() -> new TableRows(texts, options, table));
        try (RowPipeline<P> pipeline = new RowPipeline<>(WORKERS, batch -> writer.prepare(rows(tableRows.get(), batch)),
                writer::write, step)) {
            readOnly.executeWithoutResult(status -> rows(formId, submission -> {
                try {
                    pipeline.add(submission);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            pipeline.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String[]> rows(TableRows tableRows, List<Exported> submissions) {
        List<String[]> rows = new ArrayList<>();
        submissions.forEach(submission -> tableRows.write(submission, rows::add));
        return rows;
    }

    /** The form's current submissions in id order, from a cursor. */
    private void rows(long formId, Consumer<Exported> each) {
        RecordRows<Exported> mapper = RecordRows.of(Exported.class);
        template.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select s.id, s.instance_id, s.received_at, s.status, a.display_name as app_user_name, s.form_version, s.answers,
                      case when s.answers is null then s.xml end as xml
                    from collect_submission s left join collect_app_user a on a.id = s.app_user_id
                    where s.form_id = ? and s.current order by s.id
                    """);
            statement.setFetchSize(FETCH);
            // The answers and XML in binary: as text, every byte would travel as two hex digits, encoded by the server, decoded here.
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setLong(1, formId);
            return statement;
        }, (RowCallbackHandler) rs -> each.accept(mapper.mapRow(rs, rs.getRow())));
    }

    static List<String> header(ExportTable table) {
        List<String> header = new ArrayList<>(table.isMain() ? MAIN_HEAD : List.of());
        table.columns().forEach(c -> header.add(c.header()));
        header.addAll(table.isMain() ? MAIN_TAIL : REPEAT_TAIL);
        return header;
    }
}
