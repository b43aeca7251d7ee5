package kg.kozomol.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A state programme as registered. */
public record Programme(long id, String reference, String titleRu, String titleKy, String titleEn, long ownerBodyId,
        String actNumber, LocalDate actDate, String actUrl, int periodStart, int periodEnd, String budgetCode,
        String discussionUrl, ProgrammeStatus status, Instant updatedAt, boolean demo, int version) {

    /** The title in the reader's language, falling back to Russian. */
    public String title(Locale locale) {
        String wanted = switch (locale.getLanguage()) {
            case "ky" -> titleKy;
            case "en" -> titleEn;
            default -> titleRu;
        };
        return wanted == null || wanted.isBlank() ? titleRu : wanted;
    }
}
