package kg.kozomol.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rows of a study's survey, where they come from, and what each column holds.
 *
 * @param origin the form and snapshot time of a dataset of collected submissions; null for an upload
 */
public record Dataset(long id, long studyId, long organisationId, String name, String source, UUID fileId, int rows,
        List<DatasetColumn> columns, SubmissionOrigin origin, OffsetDateTime createdAt, int version) {

    public List<DatasetColumn> numericColumns() {
        return columns.stream().filter(c -> c.type() == ColumnType.NUMERIC).toList();
    }
}
