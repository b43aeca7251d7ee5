package kg.kozomol.stats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import kg.kozomol.stats.internal.CsvTable;

/**
 * Reads survey data from CSV (RFC 4180, UTF-8, comma separated, first line the variable names) into a
 * {@link SurveyData}. A column whose non-missing cells are all numbers is numeric, any other column is text;
 * empty cells and "NA" are missing, as in R's {@code read.csv(na.strings = c("", "NA"))}.
 */
public final class SurveyCsv {

    private SurveyCsv() {
    }

    public static SurveyData read(Path file) {
        return read(file, null);
    }

    /** Reads only the named columns (all when {@code columns} is null): the others cost no memory. */
    public static SurveyData read(Path file, Collection<String> columns) {
        return read(() -> open(file), columns, file.toString());
    }

    public static SurveyData read(byte[] content) {
        return read(() -> new ByteArrayInputStream(content), null, "upload");
    }

    private static SurveyData read(Supplier<InputStream> source, Collection<String> columns, String name) {
        List<CsvTable.ParsedColumn> parsed;
        try {
            parsed = CsvTable.read(source, columns);
        } catch (CsvTable.Failure failure) {
            Problem problem = switch (failure.kind) {
                case DUPLICATE_COLUMN -> Problem.CSV_DUPLICATE_COLUMN;
                case FIELD_COUNT -> Problem.CSV_FIELD_COUNT;
                case UNKNOWN_COLUMN -> Problem.UNKNOWN_VARIABLE;
                case MALFORMED -> Problem.CSV_MALFORMED;
            };
            throw new SurveyException(problem, failure.args);
        } catch (UncheckedIOException e) {
            throw new SurveyException(Problem.CSV_UNREADABLE, name);
        }
        List<Column> result = new ArrayList<>(parsed.size());
        for (CsvTable.ParsedColumn column : parsed) {
            result.add(column.numeric()
                    ? new NumericColumn(column.name(), column.numbers())
                    : new TextColumn(column.name(), column.codes(), column.levels()));
        }
        return SurveyData.of(result);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
