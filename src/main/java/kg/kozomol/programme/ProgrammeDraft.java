package kg.kozomol.programme;

import java.time.LocalDate;

/** What a coordinator types for a programme's register entry. */
public record ProgrammeDraft(String reference, String titleRu, String titleKy, String titleEn, long ownerBodyId,
        String actNumber, LocalDate actDate, String actUrl, int periodStart, int periodEnd, String budgetCode,
        String discussionUrl) {}
