package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A theme of monitoring and how much has been published in it.")
record OpenTheme(
        @Schema(description = "Identifier") long id,
        @Schema(description = "Short code") String code,
        @Schema(description = "Name in three languages") OpenName name,
        @Schema(description = "Published briefs (not withdrawn)") long briefs,
        @Schema(description = "Released recommendations") long recommendations,
        @Schema(description = "Absolute address of its public page") String url) {}
