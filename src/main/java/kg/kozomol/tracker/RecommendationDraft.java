package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;

/** What a CSO writes; addressees can only change while the recommendation is a draft. */
public record RecommendationDraft(long briefId, int briefVersion, long organisationId, String textRu, String textKy,
        String originalLanguage, Long themeId, ActionType actionType, Priority priority,
        LocalDate proposedImplementationDate, long leadAddresseeId, List<Long> supportingAddresseeIds,
        List<String> sdgCodes) {}
