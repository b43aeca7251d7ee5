package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CSO writes; addressees can only change while the recommendation is a draft. The brief version is taken
 * from the brief when saved. {@code findingIds} null leaves the cited findings as they are.
 */
public record RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
        String originalLanguage, Long themeId, ActionType actionType, Priority priority,
        LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
        List<String> sdgCodes, List<Long> findingIds) {

    public RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
            String originalLanguage, Long themeId, ActionType actionType, Priority priority,
            LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
            List<String> sdgCodes) {
        this(briefId, briefVersion, organisationId, textRu, textKy, originalLanguage, themeId, actionType, priority,
                proposedImplementationDate, leadAddresseeId, supportingAddresseeIds, sdgCodes, null);
    }
}
