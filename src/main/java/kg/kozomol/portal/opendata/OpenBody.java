package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A state body's scorecard: how it takes up the recommendations addressed to it. Shares are fractions "
        + "from 0 to 1, null when nothing was counted.")
record OpenBody(
        @Schema(description = "Identifier") long id,
        @Schema(description = "Name in three languages") OpenName name,
        @Schema(description = "Recommendations addressed to it") long recommendations,
        @Schema(description = "Answers due: answered, or deadline passed") long due,
        @Schema(description = "Answered with a position other than no response") long answered,
        @Schema(description = "Accepted, partially accepted or claimed implemented") long accepted,
        @Schema(description = "Answered ÷ due") Double responseRate,
        @Schema(description = "Accepted ÷ answered") Double acceptedShare,
        @Schema(description = "Share rated complete by the body's own latest report") Double implementedSelfReported,
        @Schema(description = "Share rated complete by the CSO's latest independent assessment") Double implementedAssessed,
        @Schema(description = "Median days from release to its first position") Double medianDaysToRespond,
        @Schema(description = "Absolute address of its scorecard page") String url) {}
