package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A recommendation with its SDG targets and the whole public timeline of its bodies.")
record OpenRecommendationDetail(
        @Schema(description = "The recommendation as the list shows it") OpenRecommendation recommendation,
        @Schema(description = "Proposed implementation date, or null") LocalDate proposedImplementationDate,
        @Schema(description = "SDG target codes, e.g. 16.3") List<String> sdgs,
        @Schema(description = "Timeline events of all addressed bodies, oldest first") List<OpenEvent> timeline,
        @Schema(description = "Licence of the data") String license) {}
