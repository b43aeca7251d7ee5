package kg.kozomol.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recommendation to state bodies; it comes from a brief ({@code briefId}) or from a programme evaluation, never both. */
public record Recommendation(long id, Long briefId, int briefVersion, long organisationId, String reference, String textRu,
        String textKy, String originalLanguage, Long themeId, ActionType actionType, Priority priority,
        LocalDate proposedImplementationDate, RecommendationStatus status, Instant releasedAt, int version,
        List<String> sdgCodes, LocalDate responseDueDate, Long evaluationId, boolean restricted) {

    /** Entered from an evaluation report: its text and the body's answer are kept by the programme's management response. */
    public boolean fromEvaluation() {
        return evaluationId != null;
    }

    public boolean released() {
        return status == RecommendationStatus.RELEASED;
    }

    /** The text in the reader's language when there is one, else the original. */
    public String text(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }

    public Recommendation withSdgCodes(List<String> codes) {
        return new Recommendation(id, briefId, briefVersion, organisationId, reference, textRu, textKy, originalLanguage,
                themeId, actionType, priority, proposedImplementationDate, status, releasedAt, version, List.copyOf(codes),
                responseDueDate, evaluationId, restricted);
    }
}
