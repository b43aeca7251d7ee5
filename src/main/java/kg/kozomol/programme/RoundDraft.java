package kg.kozomol.programme;

import java.util.List;

/** A new round: its study, the earlier one, continuity notes, and what it re-monitors. */
public record RoundDraft(Long studyId, Long previousRoundId, Long previousStudyId, String title, String instrumentNote,
        String frameNote, boolean overlapping, List<Long> recommendationIds, List<Long> indicatorIds) {}
