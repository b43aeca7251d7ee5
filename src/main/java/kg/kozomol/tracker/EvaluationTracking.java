package kg.kozomol.tracker;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.programme.ActionLine;
import kg.kozomol.programme.EvaluationReportFinalised;
import kg.kozomol.programme.ManagementResponseGiven;
import kg.kozomol.programme.Stance;

/**
 * Evaluation recommendations in the tracker: a final report enters each recommendation, addressed to the programme's
 * owner body, and the body's management response becomes its released position, through the same rules, audit and
 * timeline as a brief's. Both run inside the programme's transaction, so a failure here undoes the change there.
 */
@Component
class EvaluationTracking {

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

    @EventListener
    @Transactional
    void finalised(EvaluationReportFinalised report) {
        for (EvaluationReportFinalised.Item item : report.recommendations()) {
            recommendations.enterFromEvaluation(new EvaluationSource(report.evaluationId(), item.id(), report.commissionedBy(),
                    report.ownerBodyId(), item.textRu(), item.textKy(), report.responseDue()));
        }
    }

    /**
     * A revised response supersedes the body's earlier position and stays in its history. A report made final before
     * evaluations joined the tracker has nothing here to answer; a body reorganised since answers through its successor.
     */
    @EventListener
    @Transactional
    void responded(ManagementResponseGiven response) {
        Recommendation recommendation = recommendations.fromEvaluationRecommendation(response.recommendationId()).orElse(null);
        if (recommendation == null) {
            return;
        }
        Addressee body = addressees.find(recommendation.id(), response.ownerBodyId()).orElseGet(() -> addressees
                .forRecommendation(recommendation.id()).stream().filter(Addressee::lead).findFirst().orElseThrow());
        boolean revise = responses.released(body.id()).isPresent();
        StatePosition draft = responses.saveDraft(body.id(), new PositionDraft(position(response.stance()), response.reasons(),
                null, null, null, null, null, null, null, measures(response.actions())), revise);
        responses.release(draft.id(), draft.version());
    }

    static Position position(Stance stance) {
        return switch (stance) {
            case AGREE -> Position.ACCEPTED;
            case PARTIALLY_AGREE -> Position.PARTIALLY_ACCEPTED;
            case DISAGREE -> Position.REJECTED;
        };
    }

    /** Each line of the action plan as a measure: what, then who, by its date. */
    static List<PlannedMeasure> measures(List<ActionLine> plan) {
        return plan.stream().map(line -> new PlannedMeasure(shortened(line.what() + " — " + line.who()), line.due())).toList();
    }

    private static String shortened(String text) {
        return text.length() <= MEASURE_LENGTH ? text : text.substring(0, MEASURE_LENGTH - 1) + "…";
    }
}
