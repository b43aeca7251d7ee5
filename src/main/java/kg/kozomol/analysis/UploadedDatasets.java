package kg.kozomol.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.springframework.stereotype.Component;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.tables.TableFileException;
import kg.kozomol.tables.TableFiles;

/** Datasets uploaded as CSV or XLSX files and kept in the file store. */
@Component
class UploadedDatasets implements DatasetSource {

    static final String KIND = "UPLOAD";

    private final StoredFiles files;
    private final AnalysisProperties properties;

    UploadedDatasets(StoredFiles files, AnalysisProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SurveyData read(Dataset dataset) {
        StoredFile file = files.find(dataset.fileId()).orElseThrow(() -> new AnalysisException("analysis.dataset.fileGone"));
        return read(file).data();
    }

    /** The file's columns, typed, and its rows as survey data. */
    DatasetTables.Read read(StoredFile file) {
        return read(file, Map.of());
    }

    /** The same with the types of (some) columns given rather than inferred. */
    DatasetTables.Read read(StoredFile file, Map<String, ColumnType> types) {
        try {
            return DatasetTables.read(TableFiles.read(files.open(file), file.contentType(), properties.maxRows()), types);
        } catch (TableFileException e) {
            throw new AnalysisException("analysis.dataset.file." + e.reason().key(), e.args());
        } catch (NoSuchFileException e) {
            throw new AnalysisException("analysis.dataset.fileGone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
