package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CSO writes; addressees and the response due date can only change while the recommendation is a draft.
 *
 * @param responseDueDate the deadline asked of the bodies; null means the configured days after release
 */
public record RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
        String originalLanguage, Long themeId, ActionType actionType, Priority priority,
        LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
        List<String> sdgCodes, LocalDate responseDueDate) {

    /** A draft with the default response due date. */
    public RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
            String originalLanguage, Long themeId, ActionType actionType, Priority priority,
            LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
            List<String> sdgCodes) {
        this(briefId, briefVersion, organisationId, textRu, textKy, originalLanguage, themeId, actionType, priority,
                proposedImplementationDate, leadAddresseeId, supportingAddresseeIds, sdgCodes, null);
    }
}
