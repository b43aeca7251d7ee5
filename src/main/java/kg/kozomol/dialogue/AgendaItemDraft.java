package kg.kozomol.dialogue;

import java.util.List;

/** An agenda point as typed: briefs by number, recommendations by their reference numbers. */
public record AgendaItemDraft(String title, List<Long> briefIds, List<String> recommendationReferences) {}
