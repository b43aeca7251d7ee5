package kg.kozomol.brief;

import java.util.List;

/** What a user writes into a brief; rich text is sanitised by {@link Briefs} before it is stored. */
public record BriefDraft(long organisationId, long themeId, String originalLanguage, Bilingual title, Bilingual summary,
        Bilingual problem, Methodology methodology, List<Long> authorIds) {}
