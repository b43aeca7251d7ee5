package kg.kozomol.programme;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A recommendation of the evaluation to the programme's owner body, with the body's response once given. */
public record EvaluationRecommendation(long id, long evaluationId, int position, String textRu, String textKy, Stance stance,
        String reasons, Instant respondedAt, boolean late, List<ActionLine> actions, int version) {

    public boolean answered() {
        return stance != null;
    }

    public String text(Locale locale) {
        return "ky".equals(locale.getLanguage()) && textKy != null ? textKy : textRu;
    }

    EvaluationRecommendation withActions(List<ActionLine> lines) {
        return new EvaluationRecommendation(id, evaluationId, position, textRu, textKy, stance, reasons, respondedAt, late, lines,
                version);
    }
}
