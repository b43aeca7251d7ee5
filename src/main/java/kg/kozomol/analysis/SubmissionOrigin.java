package kg.kozomol.analysis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a dataset of collected submissions came from: the form, the version whose questions name its columns, when
 * the snapshot was taken, and the repeats its flat table leaves out.
 */
public record SubmissionOrigin(long formId, String formVersion, OffsetDateTime takenAt, List<String> repeatsLeftOut) {

    public SubmissionOrigin {
        repeatsLeftOut = List.copyOf(repeatsLeftOut);
    }
}
