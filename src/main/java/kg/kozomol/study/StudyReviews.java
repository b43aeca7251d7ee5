package kg.kozomol.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.identity.UserStatus;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/**
 * The early review of a design by state bodies and independent experts: invitations, each reviewer's decision on
 * the current revision, and the study's review status that follows from them (any request for changes →
 * changes requested; all endorsed → endorsed; otherwise under review).
 */
@Service
public class StudyReviews {

    static final String ENTITY = "study_reviewer";
    public static final int MAX_NOTE = 4000;

    private final JdbcClient jdbc;
    private final StudyRows rows;
    private final StudyEvents events;
    private final StudyNotices notices;
    private final Organisations organisations;
    private final UserAccounts users;
    private final AuditLog audit;

    StudyReviews(JdbcClient jdbc, StudyRows rows, StudyEvents events, StudyNotices notices, Organisations organisations,
            UserAccounts users, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
        this.notices = notices;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
    }

    /** Invites a state body; its focal points are told. False when it was invited already. */
    @Transactional
    public boolean inviteBody(long studyId, long organisationId, KozomolPrincipal by) {
        Study study = open(studyId);
        Organisation body = organisations.find(organisationId).filter(o -> o.kind() == OrganisationKind.STATE_BODY && o.active())
                .orElseThrow(() -> new StudyRuleException("organisationId", "study.review.notStateBody"));
        return invite(study, body.id(), null, by);
    }

    /** Invites an independent expert by e-mail: an active user with the expert role. False when invited already. */
    @Transactional
    public boolean inviteExpert(long studyId, String email, KozomolPrincipal by) {
        Study study = open(studyId);
        UserAccount expert = (email == null ? Optional.<UserAccount>empty() : users.findByEmail(email.trim()))
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .filter(u -> users.memberships(u.id()).stream().anyMatch(m -> m.role() == Role.EXPERT))
                .orElseThrow(() -> new StudyRuleException("email", "study.review.unknownExpert"));
        return invite(study, null, expert.id(), by);
    }

    /**
     * A reviewer endorses the design or asks for changes (with a reason), on the revision they read: if the CSO
     * has revised it since, the decision is refused as stale so nobody endorses a plan they have not seen.
     */
    @Transactional
    public Reviewer decide(long studyId, long reviewerId, int seenRevision, Decision decision, String note, KozomolPrincipal by) {
        Study study = rows.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        Reviewer before = require(studyId, reviewerId);
        if (!speaksFor(before, by)) {
            throw new AccessDeniedException("does not speak for this reviewer");
        }
        if (!study.status().inReview()) {
            throw new StudyRuleException(null, "study.review.notInReview");
        }
        if (decision == null || decision == Decision.PENDING) {
            throw new StudyRuleException("decision", "study.validation.required");
        }
        String reason = Studies.plain(note);
        if (decision == Decision.CHANGES_REQUESTED && reason == null) {
            throw new StudyRuleException("note", "study.review.reasonRequired");
        }
        if (reason != null && reason.length() > MAX_NOTE) {
            throw new StudyRuleException("note", "study.validation.tooLong");
        }
        if (seenRevision != study.revision()) {
            throw new StaleRecordException("study " + studyId + " revision " + study.revision());
        }
        jdbc.sql("""
                update study_reviewer set decision = :decision, decision_revision = :revision, decided_by = :by, decided_at = now()
                where id = :id
                """).param("decision", decision.name()).param("revision", study.revision()).param("by", by.id())
                .param("id", reviewerId).update();
        Reviewer after = require(studyId, reviewerId);
        audit.updated(ENTITY, reviewerId, before, after);
        events.add(studyId, decision == Decision.ENDORSED ? EventKind.ENDORSED : EventKind.CHANGES_REQUESTED, reviewerId,
                by.id(), study.revision(), null, reason);
        settle(study);
        notices.toTeam(study, decision == Decision.ENDORSED ? "study.notice.endorsed" : "study.notice.changesRequested",
                List.of(by.fullName()), by.id());
        return after;
    }

    /** A new revision under review: every reviewer's earlier decision no longer covers it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void revised(long studyId, int revision) {
        Study study = rows.find(studyId).orElseThrow();
        if (!study.status().inReview()) {
            return;
        }
        jdbc.sql("""
                update study_reviewer set decision = 'PENDING', decision_revision = null, decided_by = null, decided_at = null
                where study_id = :study
                """).param("study", studyId).update();
        events.add(studyId, EventKind.REVISED, null, kg.kozomol.platform.CurrentUser.get().map(KozomolPrincipal::id).orElse(null),
                revision, null, null);
        settle(study);
        notices.toReviewers(study, "study.notice.revised", List.of(Integer.toString(revision)), -1);
    }

    @Transactional(readOnly = true)
    public List<Reviewer> reviewers(long studyId) {
        return jdbc.sql(SELECT + " where r.study_id = :study order by r.invited_at, r.id").param("study", studyId)
                .query(StudyReviews::map).list();
    }

    @Transactional(readOnly = true)
    public List<StudyEvent> history(long studyId) {
        return events.of(studyId);
    }

    /** A body speaks through its focal points; an expert for themselves. */
    public boolean speaksFor(Reviewer reviewer, KozomolPrincipal user) {
        return reviewer.body() ? user.memberships().contains(new Membership(reviewer.organisationId(), Role.STATE_FOCAL_POINT))
                : reviewer.userId() == user.id();
    }

    private Study open(long studyId) {
        Study study = rows.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        study.ensureDesignOpen();
        return study;
    }

    /** A body or an expert (the other is null) as a new reviewer, recorded, told, and the study under review. */
    private boolean invite(Study study, Long organisationId, Long userId, KozomolPrincipal by) {
        Optional<Long> id = jdbc.sql("""
                insert into study_reviewer (study_id, organisation_id, user_id, invited_by) values (:study, :org, :user, :by)
                on conflict do nothing returning id
                """).param("study", study.id()).param("org", organisationId).param("user", userId).param("by", by.id())
                .query(Long.class).optional();
        id.ifPresent(reviewerId -> {
            audit.created(ENTITY, reviewerId, require(study.id(), reviewerId));
            events.add(study.id(), EventKind.INVITED, reviewerId, by.id(), study.revision(), null, null);
            settle(rows.find(study.id()).orElseThrow());
            notices.toReviewer(study, reviewerId, "study.notice.invited", List.of(by.fullName()), by.id());
        });
        return id.isPresent();
    }

    /** Sets the review status the decisions call for; a study in design goes under review with its first reviewer. */
    private void settle(Study study) {
        List<Decision> decisions = reviewers(study.id()).stream().map(Reviewer::decision).toList();
        if (decisions.isEmpty() || study.status().designLocked()) {
            return;
        }
        StudyStatus target = decisions.contains(Decision.CHANGES_REQUESTED) ? StudyStatus.CHANGES_REQUESTED
                : decisions.stream().allMatch(d -> d == Decision.ENDORSED) ? StudyStatus.ENDORSED : StudyStatus.UNDER_REVIEW;
        if (target != study.status()) {
            jdbc.sql("update study set status = :status, updated_at = now() where id = :id").param("status", target.name())
                    .param("id", study.id()).update();
            audit.updated(Studies.ENTITY, study.id(), Map.of("status", study.status()), Map.of("status", target));
        }
    }

    private Reviewer require(long studyId, long reviewerId) {
        return jdbc.sql(SELECT + " where r.study_id = :study and r.id = :id").param("study", studyId).param("id", reviewerId)
                .query(StudyReviews::map).optional().orElseThrow(() -> new NotFoundException(ENTITY + " " + reviewerId));
    }

    private static final String SELECT = """
            select r.id, r.study_id, r.organisation_id, r.user_id, e.full_name as expert_name, r.decision, r.decision_revision,
                   d.full_name as decided_by_name, r.decided_at, r.invited_at
            from study_reviewer r left join app_user e on e.id = r.user_id left join app_user d on d.id = r.decided_by
            """;

    private static Reviewer map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Reviewer(rs.getLong("id"), rs.getLong("study_id"), rs.getObject("organisation_id", Long.class),
                rs.getObject("user_id", Long.class), rs.getString("expert_name"), Decision.valueOf(rs.getString("decision")),
                rs.getObject("decision_revision", Integer.class), rs.getString("decided_by_name"),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getTimestamp("invited_at").toInstant());
    }
}
