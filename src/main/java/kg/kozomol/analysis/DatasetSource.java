package kg.kozomol.analysis;

import kg.kozomol.stats.SurveyData;

/**
 * Where a dataset's rows come from. Uploaded files are one source; the field-data module's collected submissions
 * will be another, registered as a bean implementing this interface with its own {@link #kind()}.
 */
public interface DatasetSource {

    /** The value of {@code analysis_dataset.source} this source reads, e.g. {@code UPLOAD}. */
    String kind();

    /** The dataset's rows as survey data. */
    SurveyData read(Dataset dataset);
}
