package kg.kozomol.tracker;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation recommendations in the tracker, for the programme module: a final report enters each recommendation,
 * addressed to the programme's owner body, and the body's management response becomes its released position, through
 * the same rules, audit and timeline as a brief's. Called inside the programme's transaction, so a failure here undoes
 * the change there.
 */
@Service
public class EvaluationTracking {

    /** The tracker's planned measure holds at most this many characters (V20). */
    private static final int MEASURE_LENGTH = 1000;

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final StateResponses responses;

    EvaluationTracking(Recommendations recommendations, Addressees addressees, StateResponses responses) {
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.responses = responses;
    }

    /** Enters each recommendation of a final report; one already entered is left as it is. */
    @Transactional
    public List<Recommendation> enter(List<EvaluationSource> sources) {
        return sources.stream().map(recommendations::enterFromEvaluation).toList();
    }

    /** Once the report and the management response are published, every user sees the evaluation's recommendations. */
    @Transactional
    public void open(long evaluationId) {
        recommendations.openEvaluation(evaluationId);
    }

    /**
     * The owner body's answer as its released position; a revised answer supersedes the earlier position, which stays in
     * the history. A report made final before evaluations joined the tracker has nothing here to answer; a body
     * reorganised since answers through the lead addressee (its successor).
     */
    @Transactional
    public void answer(long evaluationRecommendationId, long ownerBodyId, Position position, String reasons,
            List<PlannedMeasure> measures) {
        Recommendation recommendation = recommendations.fromEvaluationRecommendation(evaluationRecommendationId).orElse(null);
        if (recommendation == null) {
            return;
        }
        Addressee body = addressees.find(recommendation.id(), ownerBodyId).orElseGet(() -> addressees
                .forRecommendation(recommendation.id()).stream().filter(Addressee::lead).findFirst().orElseThrow());
        boolean revise = responses.released(body.id()).isPresent();
        StatePosition draft = responses.saveDraft(body.id(), new PositionDraft(position, reasons, null, null, null, null, null,
                null, null, measures.stream().map(m -> new PlannedMeasure(shortened(m.description()), m.targetDate())).toList()),
                revise);
        responses.release(draft.id(), draft.version());
    }

    private static String shortened(String text) {
        return text.length() <= MEASURE_LENGTH ? text : text.substring(0, MEASURE_LENGTH - 1) + "…";
    }
}
