package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "A state body a recommendation is addressed to and where it stands.")
record OpenBodyLine(
        @Schema(description = "The state body") OpenRef body,
        @Schema(description = "True for the lead body, false for a supporting one") boolean lead,
        @Schema(description = "Its released position (ACCEPTED, PARTIALLY_ACCEPTED, CLAIMED_IMPLEMENTED, NOTED, REJECTED, "
                + "REDIRECTED, NO_RESPONSE), or null before it answers") String position,
        @Schema(description = "Response due date") LocalDate dueDate,
        @Schema(description = "Latest completion it reported itself (NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, SUPERSEDED, WITHDRAWN), or null") String selfReport,
        @Schema(description = "Latest completion rated by the CSO's independent assessment, or null") String assessment) {}
