package kg.kozomol.collect;

import java.time.Instant;

/** A form of a study, as phones know it by its form id; {@code currentVersion} is what they download now. */
public record CollectForm(long id, long studyId, String xmlFormId, String title, long currentVersionId, String currentVersion,
        String md5, Instant updatedAt, int version) {
}
