package kg.kozomol.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.EvaluationSource;
import kg.kozomol.tracker.EvaluationTracking;

/**
 * The evaluation report after the consensus. The rapporteur or a coordinator adds recommendations to the owner body;
 * the coordinator opens the draft to the owner body's focal points, who comment on its factual accuracy (the panel sees
 * the comments, the rapporteur resolves them); once every comment is resolved the coordinator makes the report final
 * with a deadline for the management response, and publishes it once every recommendation is answered or the deadline
 * has passed.
 */
@Service
public class EvaluationReports {

    static final String REPORT = "programme_evaluation_report";
    static final String RECOMMENDATION = "programme_evaluation_recommendation";
    static final String COMMENT = "programme_evaluation_comment";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Evaluations evaluations;
    private final Programmes programmes;
    private final EvaluationAccess access;
    private final EvaluationTracking tracking;
    private final ZoneId zone;

    EvaluationReports(JdbcClient jdbc, AuditLog audit, Evaluations evaluations, Programmes programmes, EvaluationAccess access,
            EvaluationTracking tracking, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.access = access;
        this.tracking = tracking;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(readOnly = true)
    public EvaluationReport report(long evaluationId) {
        return jdbc.sql("select * from programme_evaluation_report where evaluation_id = :e").param("e", evaluationId)
                .query((rs, n) -> new EvaluationReport(rs.getLong("evaluation_id"), ReportStage.valueOf(rs.getString("stage")),
                        rs.getObject("response_due", LocalDate.class), rs.getInt("version")))
                .optional().orElseGet(() -> EvaluationReport.draft(evaluationId));
    }

    /** The rapporteur (admitted, on the panel) and the coordinators write the report. */
    public boolean drafts(Evaluation evaluation, KozomolPrincipal user) {
        return access.manages(user) || access.panelMember(evaluation, user)
                .filter(m -> m.rapporteur() && m.decision().admitted()).isPresent();
    }

    /** Only the focal points of the body that owns the programme speak for it. */
    public boolean answersFor(Evaluation evaluation, KozomolPrincipal user) {
        return user != null && user.memberships().contains(new Membership(ownerBodyId(evaluation), Role.STATE_FOCAL_POINT));
    }

    long ownerBodyId(Evaluation evaluation) {
        return programmes.require(evaluation.programmeId()).ownerBodyId();
    }

    @Transactional
    public EvaluationRecommendation addRecommendation(long evaluationId, String textRu, String textKy, KozomolPrincipal by) {
        Evaluation evaluation = evaluations.require(evaluationId);
        if (!drafts(evaluation, by)) {
            throw new AccessDeniedException("neither the rapporteur nor a coordinator");
        }
        if (!evaluation.hasConsensus()) {
            throw new ProgrammeRuleException(null, "programme.report.refused.noConsensus");
        }
        if (!report(evaluationId).editable()) {
            throw new ProgrammeRuleException(null, "programme.report.refused.final");
        }
        if (Programmes.blank(textRu)) {
            throw new ProgrammeRuleException("textRu", "programme.validation.required");
        }
        if (textRu.trim().length() > 5000 || (textKy != null && textKy.trim().length() > 5000)) {
            throw new ProgrammeRuleException("textRu", "programme.validation.tooLong");
        }
        long id = jdbc.sql("""
                insert into programme_evaluation_recommendation (evaluation_id, position, text_ru, text_ky, created_by)
                values (:e, (select coalesce(max(position), 0) + 1 from programme_evaluation_recommendation where evaluation_id = :e),
                  :ru, :ky, :by) returning id
                """).param("e", evaluationId).param("ru", textRu.trim()).param("ky", Programmes.plain(textKy)).param("by", by.id())
                .query(Long.class).single();
        EvaluationRecommendation created = recommendation(evaluationId, id);
        audit.created(RECOMMENDATION, id, created);
        return created;
    }

    @Transactional(readOnly = true)
    public List<EvaluationRecommendation> recommendations(long evaluationId) {
        return jdbc.sql("select * from programme_evaluation_recommendation where evaluation_id = :e order by position")
                .param("e", evaluationId).query(EvaluationReports::recommendationRow).list().stream()
                .map(r -> r.withActions(actions(r.id()))).toList();
    }

    public EvaluationRecommendation recommendation(long evaluationId, long id) {
        return recommendations(evaluationId).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(RECOMMENDATION + " " + id));
    }

    private List<ActionLine> actions(long recommendationId) {
        return jdbc.sql("select what, who, due from programme_evaluation_action where recommendation_id = :r order by position")
                .param("r", recommendationId).query((rs, n) -> new ActionLine(rs.getString("what"), rs.getString("who"),
                        rs.getObject("due", LocalDate.class))).list();
    }

    /** Moves the report on: DRAFT → FACTUAL_REVIEW → FINAL (with the response deadline) → PUBLISHED. */
    @Transactional
    public EvaluationReport advance(long evaluationId, int expectedVersion, ReportStage to, LocalDate responseDue,
            KozomolPrincipal by) {
        Evaluation evaluation = evaluations.require(evaluationId);
        if (!access.manages(by)) {
            throw new AccessDeniedException("not a coordinator");
        }
        EvaluationReport before = report(evaluationId);
        if (before.version() != expectedVersion) {
            throw new StaleRecordException(REPORT + " " + evaluationId);
        }
        List<EvaluationRecommendation> recommendations = recommendations(evaluationId);
        switch (to) {
            case FACTUAL_REVIEW -> {
                require(before.stage() == ReportStage.DRAFT, "programme.report.refused.stage");
                require(evaluation.hasConsensus(), "programme.report.refused.noConsensus");
                require(!recommendations.isEmpty(), "programme.report.refused.noRecommendations");
            }
            case FINAL -> {
                require(before.stage() == ReportStage.FACTUAL_REVIEW, "programme.report.refused.stage");
                require(comments(evaluationId).stream().allMatch(FactualComment::resolved), "programme.report.refused.openComments");
                if (responseDue == null) {
                    throw new ProgrammeRuleException("responseDue", "programme.validation.date");
                }
                if (!responseDue.isAfter(today())) {
                    throw new ProgrammeRuleException("responseDue", "programme.report.validation.dueFuture");
                }
            }
            case PUBLISHED -> {
                require(before.stage() == ReportStage.FINAL, "programme.report.refused.stage");
                require(recommendations.stream().allMatch(EvaluationRecommendation::answered)
                        || today().isAfter(before.responseDue()), "programme.report.refused.awaitingResponse");
            }
            default -> throw new ProgrammeRuleException(null, "programme.report.refused.stage");
        }
        jdbc.sql("insert into programme_evaluation_report (evaluation_id) values (:e) on conflict (evaluation_id) do nothing")
                .param("e", evaluationId).update();
        int changed = jdbc.sql("""
                update programme_evaluation_report set stage = :stage, response_due = coalesce(:due, response_due),
                  finalised_at = case when :stage = 'FINAL' then now() else finalised_at end,
                  published_at = case when :stage = 'PUBLISHED' then now() else published_at end, version = version + 1
                where evaluation_id = :e and version = :v
                """).param("e", evaluationId).param("stage", to.name()).param("due", to == ReportStage.FINAL ? responseDue : null)
                .param("v", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(REPORT + " " + evaluationId);
        }
        EvaluationReport after = report(evaluationId);
        audit.updated(REPORT, evaluationId, before, after);
        if (to == ReportStage.FINAL) {
            // The final report's recommendations join the tracker, addressed to the owner body by the response deadline.
            long body = ownerBodyId(evaluation);
            tracking.enter(recommendations.stream().map(r -> new EvaluationSource(evaluationId, r.id(), evaluation.commissionedBy(),
                    body, r.textRu(), r.textKy(), after.responseDue())).toList());
        }
        if (to == ReportStage.PUBLISHED) {
            tracking.open(evaluationId);
        }
        return after;
    }

    /** A focal point of the owner body comments on the draft's facts, on one criterion or on the report as a whole. */
    @Transactional
    public FactualComment comment(long evaluationId, Long criterionId, String body, KozomolPrincipal by) {
        Evaluation evaluation = evaluations.require(evaluationId);
        if (!answersFor(evaluation, by)) {
            throw new AccessDeniedException("not a focal point of the owner body");
        }
        if (report(evaluationId).stage() != ReportStage.FACTUAL_REVIEW) {
            throw new ProgrammeRuleException(null, "programme.report.refused.notInReview");
        }
        if (criterionId != null && evaluations.criteria(evaluationId).stream().noneMatch(c -> c.id() == criterionId)) {
            throw new ProgrammeRuleException("criterionId", "programme.validation.required");
        }
        if (Programmes.blank(body)) {
            throw new ProgrammeRuleException("body", "programme.validation.required");
        }
        if (body.trim().length() > 5000) {
            throw new ProgrammeRuleException("body", "programme.validation.tooLong");
        }
        long id = jdbc.sql("""
                insert into programme_evaluation_comment (evaluation_id, criterion_id, body, author_id)
                values (:e, :c, :b, :by) returning id
                """).param("e", evaluationId).param("c", criterionId).param("b", body.trim()).param("by", by.id())
                .query(Long.class).single();
        FactualComment created = comment(evaluationId, id);
        audit.created(COMMENT, id, created);
        return created;
    }

    /** The rapporteur (or a coordinator) says how the report deals with a comment. */
    @Transactional
    public void resolve(long evaluationId, long commentId, int expectedVersion, String resolution, KozomolPrincipal by) {
        Evaluation evaluation = evaluations.require(evaluationId);
        if (!drafts(evaluation, by)) {
            throw new AccessDeniedException("neither the rapporteur nor a coordinator");
        }
        FactualComment before = comment(evaluationId, commentId);
        if (Programmes.blank(resolution)) {
            throw new ProgrammeRuleException("resolution", "programme.validation.required");
        }
        if (resolution.trim().length() > 5000) {
            throw new ProgrammeRuleException("resolution", "programme.validation.tooLong");
        }
        if (report(evaluationId).stage() != ReportStage.FACTUAL_REVIEW) {
            throw new ProgrammeRuleException(null, "programme.report.refused.notInReview");
        }
        int changed = jdbc.sql("""
                update programme_evaluation_comment set resolution = :r, resolved_by = :by, resolved_at = now(), version = version + 1
                where id = :id and evaluation_id = :e and version = :v
                """).param("r", resolution.trim()).param("by", by.id()).param("id", commentId).param("e", evaluationId)
                .param("v", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(COMMENT + " " + commentId);
        }
        audit.updated(COMMENT, commentId, before, comment(evaluationId, commentId));
    }

    @Transactional(readOnly = true)
    public List<FactualComment> comments(long evaluationId) {
        return jdbc.sql("""
                select c.*, u.full_name from programme_evaluation_comment c join app_user u on u.id = c.author_id
                where c.evaluation_id = :e order by c.id
                """).param("e", evaluationId).query(EvaluationReports::commentRow).list();
    }

    private FactualComment comment(long evaluationId, long id) {
        return comments(evaluationId).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(COMMENT + " " + id));
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new ProgrammeRuleException(null, messageKey);
        }
    }

    private static EvaluationRecommendation recommendationRow(ResultSet rs, int n) throws SQLException {
        var at = rs.getTimestamp("responded_at");
        String stance = rs.getString("stance");
        return new EvaluationRecommendation(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getInt("position"),
                rs.getString("text_ru"), rs.getString("text_ky"), stance == null ? null : Stance.valueOf(stance),
                rs.getString("reasons"), at == null ? null : at.toInstant(), rs.getBoolean("late"), List.of(), rs.getInt("version"));
    }

    private static FactualComment commentRow(ResultSet rs, int n) throws SQLException {
        var resolved = rs.getTimestamp("resolved_at");
        return new FactualComment(rs.getLong("id"), rs.getObject("criterion_id", Long.class), rs.getString("body"),
                rs.getString("full_name"), rs.getTimestamp("created_at").toInstant(), rs.getString("resolution"),
                resolved == null ? null : resolved.toInstant(), rs.getInt("version"));
    }
}
