package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Schema(description = "A recommendation released to state bodies from a published brief or from a published evaluation of a state "
        + "programme, with each addressed body's current answer.")
record OpenRecommendation(
        @Schema(description = "Identifier") long id,
        @Schema(description = "Reference given by the issuing CSO, e.g. R12-2026-004") String reference,
        @Schema(description = "Text of the recommendation") OpenText text,
        @Schema(description = "When it was released to the state bodies (ISO 8601)") Instant releasedAt,
        @Schema(description = "Priority: HIGH, MEDIUM or LOW") String priority,
        @Schema(description = "Type of action asked for: LAW, BYLAW, POLICY, BUDGET, INSTITUTIONAL, PRACTICE or DATA") String actionType,
        @Schema(description = "Theme of monitoring, or null") OpenRef theme,
        @Schema(description = "The CSO that issued it") OpenRef issuer,
        @Schema(description = "Identifier of the brief it comes from; null for a recommendation of an evaluation") Long briefId,
        @Schema(description = "Title of that brief, or null") OpenText briefTitle,
        @Schema(description = "True when the authors withdrew the brief; the recommendation stays on record") boolean briefWithdrawn,
        @Schema(description = "Identifier of the programme evaluation it comes from; null for a recommendation of a brief") Long evaluationId,
        @Schema(description = "Title of that evaluation, or null") String evaluationTitle,
        @Schema(description = "Identifier of the evaluated state programme, or null") Long programmeId,
        @Schema(description = "Reference of the evaluated state programme, or null") String programmeReference,
        @Schema(description = "The state bodies it is addressed to, the lead body first") List<OpenBodyLine> bodies,
        @Schema(description = "Absolute address of its public page") String url) {}
