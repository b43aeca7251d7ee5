package kg.kozomol.programme;

import java.time.LocalDate;

/** The stage of an evaluation's report and, once final, the deadline for the management response. */
public record EvaluationReport(long evaluationId, ReportStage stage, LocalDate responseDue, int version) {

    static EvaluationReport draft(long evaluationId) {
        return new EvaluationReport(evaluationId, ReportStage.DRAFT, null, 0);
    }

    public boolean editable() {
        return stage == ReportStage.DRAFT || stage == ReportStage.FACTUAL_REVIEW;
    }
}
