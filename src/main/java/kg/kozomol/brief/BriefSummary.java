package kg.kozomol.brief;

import java.time.Instant;
import java.util.Locale;

/** A row of the list of briefs. */
public record BriefSummary(long id, Bilingual title, long organisationId, long themeId, BriefStatus status,
        int publishedVersion, Instant updatedAt, boolean demo) {

    public String title(Locale locale) {
        return title.in(locale);
    }
}
