package kg.kozomol.tracker.imports;

import kg.kozomol.tracker.RecommendationDraft;

/**
 * A valid row and what importing it will do.
 *
 * @param recommendationId and {@code version}: the recommendation it updates (or leaves), null for a new one
 */
public record PlannedRow(int row, ImportAction action, Long recommendationId, int version, String reference,
        RecommendationDraft draft) {

    public String text(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, draft.textRu(), draft.textKy());
    }
}
