package kg.kozomol.programme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.identity.UserStatus;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/**
 * The design review of a programme before approval: the coordinator forms a panel of experts, each expert scores the
 * four evaluability criteria (with a justification for every score) and comments on the nodes of the framework.
 * The review is open while the programme is a draft or in public discussion.
 */
@Service
public class DesignReviews {

    static final String PANEL = "programme_review_panel";
    static final String SCORE = "programme_evaluability_score";
    static final String COMMENT = "programme_review_comment";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Programmes programmes;
    private final ResultsFramework framework;
    private final UserAccounts users;

    DesignReviews(JdbcClient jdbc, AuditLog audit, Programmes programmes, ResultsFramework framework, UserAccounts users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.programmes = programmes;
        this.framework = framework;
        this.users = users;
    }

    public static boolean open(Programme programme) {
        return programme.status() == ProgrammeStatus.DRAFT || programme.status() == ProgrammeStatus.PUBLIC_DISCUSSION;
    }

    /** Puts an expert on the panel; only active users with the expert role may sit on it. */
    @Transactional
    public void addExpert(long programmeId, long expertId, KozomolPrincipal by) {
        ensureOpen(programmeId);
        boolean expert = users.find(expertId).filter(u -> u.status() == UserStatus.ACTIVE).isPresent()
                && users.memberships(expertId).stream().anyMatch(m -> m.role() == Role.EXPERT);
        if (!expert) {
            throw new ProgrammeRuleException("expertId", "programme.review.refused.notExpert");
        }
        int added = jdbc.sql("""
                insert into programme_review_panel (programme_id, expert_id, added_by) values (:programme, :expert, :by)
                on conflict do nothing
                """).param("programme", programmeId).param("expert", expertId).param("by", by.id()).update();
        if (added > 0) {
            audit.created(PANEL, programmeId + "/" + expertId, Map.of("programme", programmeId, "expert", expertId));
        }
    }

    @Transactional(readOnly = true)
    public List<PanelMember> panel(long programmeId) {
        return jdbc.sql("""
                select p.expert_id, u.full_name from programme_review_panel p join app_user u on u.id = p.expert_id
                where p.programme_id = :programme order by u.full_name
                """).param("programme", programmeId)
                .query((rs, n) -> new PanelMember(rs.getLong("expert_id"), rs.getString("full_name"))).list();
    }

    public boolean onPanel(long programmeId, KozomolPrincipal user) {
        return user != null && panel(programmeId).stream().anyMatch(m -> m.expertId() == user.id());
    }

    /** Everything wrong with an expert's scores, field by field (fields are named {@code score-CRITERION}). */
    public List<FieldProblem> problems(List<ScoreDraft> drafts) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ScoreDraft d : drafts) {
            String raw = d.score() == null ? "" : d.score().trim();
            if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < EvaluabilityCriterion.MIN_SCORE
                    || Integer.parseInt(raw) > EvaluabilityCriterion.MAX_SCORE) {
                problems.add(new FieldProblem("scores[" + d.criterion() + "]", "programme.review.validation.scale"));
            }
            if (Programmes.blank(d.justification())) {
                problems.add(new FieldProblem("justifications[" + d.criterion() + "]", "programme.review.validation.justification"));
            } else if (d.justification().trim().length() > 5000) {
                problems.add(new FieldProblem("justifications[" + d.criterion() + "]", "programme.validation.tooLong"));
            }
        }
        return problems;
    }

    /**
     * Saves a panel member's scores, all criteria or none. {@code expectedVersions} are the versions the expert loaded
     * (absent for a first score), so a score changed in another window is not overwritten.
     */
    @Transactional
    public void score(long programmeId, KozomolPrincipal expert, List<ScoreDraft> drafts,
            Map<EvaluabilityCriterion, Integer> expectedVersions) {
        ensureOpen(programmeId);
        ensurePanel(programmeId, expert);
        List<FieldProblem> problems = problems(drafts);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        Map<EvaluabilityCriterion, EvaluabilityScore> before = new EnumMap<>(EvaluabilityCriterion.class);
        scores(programmeId).stream().filter(s -> s.expertId() == expert.id()).forEach(s -> before.put(s.criterion(), s));
        for (ScoreDraft d : drafts) {
            EvaluabilityScore old = before.get(d.criterion());
            Integer expected = expectedVersions.get(d.criterion());
            int changed;
            if (old == null) {
                changed = jdbc.sql("""
                        insert into programme_evaluability_score (programme_id, expert_id, criterion, score, justification)
                        values (:programme, :expert, :criterion, :score, :justification) on conflict do nothing
                        """).params(scoreParams(programmeId, expert, d)).update();
            } else {
                changed = expected == null ? 0 : jdbc.sql("""
                        update programme_evaluability_score set score = :score, justification = :justification,
                          updated_at = now(), version = version + 1
                        where programme_id = :programme and expert_id = :expert and criterion = :criterion and version = :version
                        """).params(scoreParams(programmeId, expert, d)).param("version", expected).update();
            }
            if (changed == 0) {
                throw new StaleRecordException(SCORE + " " + programmeId + "/" + expert.id());
            }
        }
        audit.updated(SCORE, programmeId + "/" + expert.id(), before.values(),
                scores(programmeId).stream().filter(s -> s.expertId() == expert.id()).toList());
    }

    @Transactional(readOnly = true)
    public List<EvaluabilityScore> scores(long programmeId) {
        return jdbc.sql("""
                select s.expert_id, u.full_name, s.criterion, s.score, s.justification, s.version
                from programme_evaluability_score s join app_user u on u.id = s.expert_id
                where s.programme_id = :programme order by s.criterion, u.full_name
                """).param("programme", programmeId).query((rs, n) -> new EvaluabilityScore(rs.getLong("expert_id"),
                rs.getString("full_name"), EvaluabilityCriterion.valueOf(rs.getString("criterion")), rs.getInt("score"),
                rs.getString("justification"), rs.getInt("version"))).list();
    }

    /** A panel member's comment on a node of this programme's framework, or on the whole programme. */
    @Transactional
    public ReviewComment comment(long programmeId, KozomolPrincipal expert, Long nodeId, String body) {
        ensureOpen(programmeId);
        ensurePanel(programmeId, expert);
        if (nodeId != null) {
            framework.node(programmeId, nodeId);
        }
        if (Programmes.blank(body)) {
            throw new ProgrammeRuleException("body", "programme.validation.required");
        }
        if (body.trim().length() > 5000) {
            throw new ProgrammeRuleException("body", "programme.validation.tooLong");
        }
        long id = jdbc.sql("""
                insert into programme_review_comment (programme_id, node_id, expert_id, body)
                values (:programme, :node, :expert, :body) returning id
                """).param("programme", programmeId).param("node", nodeId).param("expert", expert.id())
                .param("body", body.trim()).query(Long.class).single();
        ReviewComment created = comments(programmeId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        audit.created(COMMENT, id, created);
        return created;
    }

    /** Every comment of a programme's review, in the order they were made. */
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(long programmeId) {
        return jdbc.sql("""
                select c.id, c.node_id, c.expert_id, u.full_name, c.body, c.created_at
                from programme_review_comment c join app_user u on u.id = c.expert_id
                where c.programme_id = :programme order by c.id
                """).param("programme", programmeId).query((rs, n) -> new ReviewComment(rs.getLong("id"),
                rs.getObject("node_id", Long.class), rs.getLong("expert_id"), rs.getString("full_name"), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Active users with the expert role who are not yet on the panel. */
    @Transactional(readOnly = true)
    public List<UserAccount> candidates(long programmeId) {
        List<Long> onPanel = panel(programmeId).stream().map(PanelMember::expertId).toList();
        return experts().stream().filter(u -> !onPanel.contains(u.id())).toList();
    }

    /** Active users with the expert role, whom panels are formed from. */
    @Transactional(readOnly = true)
    public List<UserAccount> experts() {
        return users.search(null, null, Role.EXPERT, UserStatus.ACTIVE, PageRequest.of(1, PageRequest.MAX_SIZE)).items();
    }

    private void ensureOpen(long programmeId) {
        if (!open(programmes.require(programmeId))) {
            throw new ProgrammeRuleException(null, "programme.review.refused.closed");
        }
    }

    private void ensurePanel(long programmeId, KozomolPrincipal expert) {
        if (!onPanel(programmeId, expert)) {
            throw new AccessDeniedException("not on the review panel");
        }
    }

    private static Map<String, Object> scoreParams(long programmeId, KozomolPrincipal expert, ScoreDraft d) {
        return Map.of("programme", programmeId, "expert", expert.id(), "criterion", d.criterion().name(),
                "score", Integer.parseInt(d.score().trim()), "justification", d.justification().trim());
    }
}
