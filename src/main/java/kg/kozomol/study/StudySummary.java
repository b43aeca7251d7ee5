package kg.kozomol.study;

import java.time.Instant;
import java.util.Locale;

/** A row of the list of studies. */
public record StudySummary(long id, String titleRu, String titleKy, long organisationId, long themeId, StudyStatus status,
        int revision, long endorsements, Instant updatedAt, boolean demo) {

    public String title(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, titleRu, titleKy);
    }
}
