package kg.kozomol.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.EvaluationTracking;
import kg.kozomol.tracker.PlannedMeasure;

/**
 * The owner body's management response to a final report: per recommendation agree, partially agree or disagree, with
 * reasons unless it agrees, and an action plan (what, who, by when) unless it disagrees. A response after the deadline
 * is accepted and marked late; a response may be revised until the report is published.
 */
@Service
public class ManagementResponses {

    private static final int MAX_LINES = 20;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Evaluations evaluations;
    private final EvaluationReports reports;
    private final EvaluationTracking tracking;

    ManagementResponses(JdbcClient jdbc, AuditLog audit, Evaluations evaluations, EvaluationReports reports,
            EvaluationTracking tracking) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.evaluations = evaluations;
        this.reports = reports;
        this.tracking = tracking;
    }

    /** What is wrong with a response, field by field; the plan's lines are read into {@code plan}. */
    public List<FieldProblem> problems(ResponseInput input, List<ActionLine> plan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.stance() == null) {
            problems.add(new FieldProblem("stance", "programme.response.validation.stance"));
        } else if (input.stance().needsReasons() && Programmes.blank(input.reasons())) {
            problems.add(new FieldProblem("reasons", "programme.response.validation.reasons"));
        }
        if (input.reasons() != null && input.reasons().length() > 10000) {
            problems.add(new FieldProblem("reasons", "programme.validation.tooLong"));
        }
        int row = 0;
        for (ResponseInput.Line line : input.actions()) {
            if (!line.blank()) {
                LocalDate due = date(line.due());
                if (Programmes.blank(line.what()) || Programmes.blank(line.who()) || due == null) {
                    problems.add(new FieldProblem("actions[" + row + "]", "programme.response.validation.line"));
                } else if (line.what().length() > 2000 || line.who().length() > 500) {
                    problems.add(new FieldProblem("actions[" + row + "]", "programme.validation.tooLong"));
                } else {
                    plan.add(new ActionLine(line.what().trim(), line.who().trim(), due));
                }
            }
            row++;
        }
        if (plan.size() > MAX_LINES) {
            problems.add(new FieldProblem("actions[0]", "programme.response.validation.tooManyLines"));
        }
        if (input.stance() != null && input.stance() != Stance.DISAGREE && plan.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("actions[0]", "programme.response.validation.plan"));
        }
        return problems;
    }

    @Transactional
    public EvaluationRecommendation respond(long evaluationId, long recommendationId, ResponseInput input, KozomolPrincipal by) {
        Evaluation evaluation = evaluations.require(evaluationId);
        if (!reports.answersFor(evaluation, by)) {
            throw new AccessDeniedException("not a focal point of the owner body");
        }
        EvaluationRecommendation before = reports.recommendation(evaluationId, recommendationId);
        EvaluationReport report = reports.report(evaluationId);
        if (report.stage() != ReportStage.FINAL) {
            throw new ProgrammeRuleException(null, "programme.response.refused.notFinal");
        }
        List<ActionLine> plan = new ArrayList<>();
        List<FieldProblem> problems = problems(input, plan);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        boolean late = reports.today().isAfter(report.responseDue());
        int changed = jdbc.sql("""
                update programme_evaluation_recommendation set stance = :s, reasons = :r, responded_by = :by, responded_at = now(),
                  late = :late, version = version + 1
                where id = :id and evaluation_id = :e and version = :v
                """).param("s", input.stance().name()).param("r", Programmes.plain(input.reasons())).param("by", by.id())
                .param("late", late).param("id", recommendationId).param("e", evaluationId)
                .param("v", input.expectedVersion() == null ? -1 : input.expectedVersion()).update();
        if (changed == 0) {
            throw new StaleRecordException(EvaluationReports.RECOMMENDATION + " " + recommendationId);
        }
        jdbc.sql("delete from programme_evaluation_action where recommendation_id = :r").param("r", recommendationId).update();
        int position = 0;
        for (ActionLine line : plan) {
            jdbc.sql("insert into programme_evaluation_action (recommendation_id, position, what, who, due) values (:r, :p, :w, :h, :d)")
                    .param("r", recommendationId).param("p", ++position).param("w", line.what()).param("h", line.who())
                    .param("d", line.due()).update();
        }
        EvaluationRecommendation after = reports.recommendation(evaluationId, recommendationId);
        audit.updated(EvaluationReports.RECOMMENDATION, recommendationId, before, after);
        // The answer is also the body's position in the tracker, each plan line a planned measure.
        tracking.answer(recommendationId, reports.ownerBodyId(evaluation), after.stance().position(), after.reasons(),
                plan.stream().map(line -> new PlannedMeasure(line.what() + " — " + line.who(), line.due())).toList());
        return after;
    }

    private static LocalDate date(String text) {
        if (Programmes.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
