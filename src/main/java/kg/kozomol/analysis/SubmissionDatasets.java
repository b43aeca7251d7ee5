package kg.kozomol.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Component;
import kg.kozomol.collect.SubmissionTable;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.stats.SurveyData;

/**
 * Datasets taken from a form's collected submissions: the flat table kept as a CSV file, read back with the column
 * types the form gave (a select_one coded 1, 2, 3 stays categorical; a number question stays numeric).
 */
@Component
class SubmissionDatasets implements DatasetSource {

    static final String KIND = "SUBMISSIONS";

    private final StoredFiles files;
    private final UploadedDatasets uploads;

    SubmissionDatasets(StoredFiles files, UploadedDatasets uploads) {
        this.files = files;
        this.uploads = uploads;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SurveyData read(Dataset dataset) {
        StoredFile file = files.find(dataset.fileId()).orElseThrow(() -> new AnalysisException("analysis.dataset.fileGone"));
        return read(file, dataset.columns().stream().collect(Collectors.toMap(DatasetColumn::name, DatasetColumn::type)))
                .data();
    }

    DatasetTables.Read read(StoredFile file, Map<String, ColumnType> types) {
        return uploads.read(file, types);
    }

    static Map<String, ColumnType> types(SubmissionTable.Snapshot snapshot) {
        Map<String, ColumnType> types = new HashMap<>();
        snapshot.columns().forEach(c -> types.put(c.name(), c.numeric() ? ColumnType.NUMERIC : ColumnType.CATEGORICAL));
        return types;
    }

    /** The table as CSV, every cell quoted, an unanswered question an empty cell. */
    static byte[] csv(SubmissionTable.Snapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get().print(writer)) {
            printer.printRecord(snapshot.columns().stream().map(SubmissionTable.Column::name));
            for (String[] row : snapshot.rows()) {
                printer.printRecord((Object[]) row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
