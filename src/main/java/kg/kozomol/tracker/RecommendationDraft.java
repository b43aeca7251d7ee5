package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CSO writes; addressees and the response due date can only change while the recommendation is a draft.
 * The brief version is taken from the brief when saved.
 *
 * @param responseDueDate the deadline asked of the bodies; null means the configured days after release
 * @param findingIds the brief's findings the recommendation cites; null leaves the cited findings as they are
 */
public record RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
        String originalLanguage, Long themeId, ActionType actionType, Priority priority,
        LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
        List<String> sdgCodes, LocalDate responseDueDate, List<Long> findingIds) {

    /** A draft that leaves the cited findings as they are. */
    public RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
            String originalLanguage, Long themeId, ActionType actionType, Priority priority,
            LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
            List<String> sdgCodes, LocalDate responseDueDate) {
        this(briefId, briefVersion, organisationId, textRu, textKy, originalLanguage, themeId, actionType, priority,
                proposedImplementationDate, leadAddresseeId, supportingAddresseeIds, sdgCodes, responseDueDate, null);
    }

    /** A draft with the default response due date. */
    public RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
            String originalLanguage, Long themeId, ActionType actionType, Priority priority,
            LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
            List<String> sdgCodes) {
        this(briefId, briefVersion, organisationId, textRu, textKy, originalLanguage, themeId, actionType, priority,
                proposedImplementationDate, leadAddresseeId, supportingAddresseeIds, sdgCodes, null);
    }
}
