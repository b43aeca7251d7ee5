package kg.kozomol.brief;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A policy brief as stored now. Rich-text sections are already sanitised HTML. */
public record Brief(long id, long organisationId, long themeId, String originalLanguage, BriefStatus status,
        Bilingual title, Bilingual summary, Bilingual problem, Methodology methodology, List<Long> authorIds,
        int publishedVersion, Instant createdAt, Instant updatedAt, boolean demo, int version) {

    public String title(Locale locale) {
        return title.in(locale);
    }

    public boolean withdrawn() {
        return status == BriefStatus.WITHDRAWN;
    }

    /** A withdrawn brief is kept as it was: no edits, comments or new evidence. */
    public void ensureNotWithdrawn() {
        if (withdrawn()) {
            throw new BriefActionRefusedException("brief.refused.withdrawn");
        }
    }
}
