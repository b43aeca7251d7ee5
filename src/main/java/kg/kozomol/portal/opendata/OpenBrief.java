package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Schema(description = "A published policy brief.")
record OpenBrief(
        @Schema(description = "Identifier") long id,
        @Schema(description = "Title") OpenText title,
        @Schema(description = "The start of its summary as plain text") OpenText excerpt,
        @Schema(description = "The CSO that published it") OpenRef organisation,
        @Schema(description = "Theme of monitoring, or null") OpenRef theme,
        @Schema(description = "When it was first published (ISO 8601)") Instant firstPublishedAt,
        @Schema(description = "When its current version was published (ISO 8601)") Instant publishedAt,
        @Schema(description = "True when the authors withdrew it") boolean withdrawn,
        @Schema(description = "Number of recommendations released from it") long recommendations,
        @Schema(description = "Absolute address of its public page") String url) {}
