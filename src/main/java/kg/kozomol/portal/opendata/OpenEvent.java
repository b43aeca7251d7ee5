package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "One dated event on an addressed body's public timeline of a recommendation.")
record OpenEvent(
        @Schema(description = "Identifier") long id,
        @Schema(description = "The state body whose timeline it is") OpenRef body,
        @Schema(description = "Kind: POSITION_RELEASED, NO_RESPONSE, DEADLINE_REVISED, PROGRESS, ASSESSMENT, REPLY or INHERITED")
        String kind,
        @Schema(description = "The date it happened") LocalDate occurredOn,
        @Schema(description = "The position released, for POSITION_RELEASED") String position,
        @Schema(description = "Completion reported (PROGRESS) or rated (ASSESSMENT)") String completion,
        @Schema(description = "Effect rated by an assessment, or null") String effect,
        @Schema(description = "The new due date, for DEADLINE_REVISED") LocalDate newDate,
        @Schema(description = "Its text, as written") String text,
        @Schema(description = "The organisation that wrote it (never a person)") OpenRef author) {}
