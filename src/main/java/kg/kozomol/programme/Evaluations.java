package kg.kozomol.programme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.identity.UserStatus;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/**
 * Evaluations of programmes: terms of reference, criteria from a template or custom, and the panel with each expert's
 * conflict-of-interest declaration and the coordinator's decision on it.
 */
@Service
public class Evaluations {

    static final String ENTITY = "programme_evaluation";
    static final String MEMBER = "programme_evaluation_member";
    private static final int MAX_EVIDENCE = 30;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Programmes programmes;
    private final Organisations organisations;
    private final UserAccounts users;

    Evaluations(JdbcClient jdbc, AuditLog audit, Programmes programmes, Organisations organisations, UserAccounts users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.programmes = programmes;
        this.organisations = organisations;
        this.users = users;
    }

    @Transactional
    public Evaluation create(long programmeId, EvaluationDraft d, KozomolPrincipal by) {
        programmes.require(programmeId);
        if (d.kind() == null) {
            throw new ProgrammeRuleException("kind", "programme.validation.required");
        }
        if (Programmes.blank(d.title())) {
            throw new ProgrammeRuleException("title", "programme.validation.required");
        }
        if (d.commissionedBy() == null || organisations.find(d.commissionedBy()).isEmpty()) {
            throw new ProgrammeRuleException("commissionedBy", "programme.evaluation.validation.commissioner");
        }
        if (d.evidence().size() > MAX_EVIDENCE || d.evidence().stream().anyMatch(url -> !Programmes.safeUrl(url))) {
            throw new ProgrammeRuleException("evidence", "programme.evaluation.validation.evidence");
        }
        CriteriaTemplate template = d.template() == null ? CriteriaTemplate.OECD_DAC : d.template();
        if (template == CriteriaTemplate.CUSTOM && d.customCriteria().isEmpty()) {
            throw new ProgrammeRuleException("customCriteria", "programme.evaluation.validation.customCriteria");
        }
        long id = jdbc.sql("""
                insert into programme_evaluation (programme_id, kind, title, terms_of_reference, commissioned_by, template,
                  evidence, created_by)
                values (:programme, :kind, :title, :tor, :by_org, :template, string_to_array(:evidence, chr(10)), :by) returning id
                """).param("programme", programmeId).param("kind", d.kind().name()).param("title", d.title().trim())
                .param("tor", Programmes.plain(d.termsOfReference())).param("by_org", d.commissionedBy())
                .param("template", template.name()).param("evidence", String.join("\n", d.evidence().stream().map(String::trim).toList()))
                .param("by", by.id()).query(Long.class).single();
        int position = 0;
        if (template == CriteriaTemplate.CUSTOM) {
            for (EvaluationDraft.CustomCriterion c : d.customCriteria()) {
                jdbc.sql("insert into programme_evaluation_criterion (evaluation_id, position, name, question) values (:e, :p, :n, :q)")
                        .param("e", id).param("p", ++position).param("n", c.name().trim()).param("q", Programmes.plain(c.question()))
                        .update();
            }
        } else {
            for (String code : template.codes()) {
                jdbc.sql("insert into programme_evaluation_criterion (evaluation_id, position, code) values (:e, :p, :c)")
                        .param("e", id).param("p", ++position).param("c", code).update();
            }
        }
        Evaluation created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<Evaluation> find(long id) {
        return jdbc.sql("select * from programme_evaluation where id = :id").param("id", id).query(Evaluations::row).optional();
    }

    public Evaluation require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<Evaluation> ofProgramme(long programmeId) {
        return jdbc.sql("select * from programme_evaluation where programme_id = :p order by id").param("p", programmeId)
                .query(Evaluations::row).list();
    }

    @Transactional(readOnly = true)
    public List<EvaluationCriterion> criteria(long evaluationId) {
        return jdbc.sql("""
                select id, position, code, name, question, agreed_rating, agreed_text, dissent
                from programme_evaluation_criterion where evaluation_id = :e order by position
                """).param("e", evaluationId).query((rs, n) -> new EvaluationCriterion(rs.getLong("id"), rs.getInt("position"),
                rs.getString("code"), rs.getString("name"), rs.getString("question"), rs.getObject("agreed_rating", Integer.class),
                rs.getString("agreed_text"), rs.getString("dissent"))).list();
    }

    /** Puts an active expert on the panel (pending their declaration); one of them may be the rapporteur. */
    @Transactional
    public void addMember(long evaluationId, long expertId, boolean rapporteur) {
        require(evaluationId);
        boolean expert = users.find(expertId).filter(u -> u.status() == UserStatus.ACTIVE).isPresent()
                && users.memberships(expertId).stream().anyMatch(m -> m.role() == Role.EXPERT);
        if (!expert) {
            throw new ProgrammeRuleException("expertId", "programme.review.refused.notExpert");
        }
        if (rapporteur) {
            jdbc.sql("update programme_evaluation_member set rapporteur = false where evaluation_id = :e").param("e", evaluationId)
                    .update();
        }
        jdbc.sql("""
                insert into programme_evaluation_member (evaluation_id, expert_id, rapporteur) values (:e, :x, :r)
                on conflict (evaluation_id, expert_id) do update set rapporteur = excluded.rapporteur
                """).param("e", evaluationId).param("x", expertId).param("r", rapporteur).update();
        audit.created(MEMBER, evaluationId + "/" + expertId, Map.of("expert", expertId, "rapporteur", rapporteur));
    }

    @Transactional(readOnly = true)
    public List<EvaluationMember> members(long evaluationId) {
        return jdbc.sql("""
                select m.*, u.full_name from programme_evaluation_member m join app_user u on u.id = m.expert_id
                where m.evaluation_id = :e order by u.full_name
                """).param("e", evaluationId).query((rs, n) -> new EvaluationMember(rs.getLong("expert_id"), rs.getString("full_name"),
                rs.getBoolean("rapporteur"), rs.getString("declaration"), instant(rs, "declared_at"),
                CoiDecision.valueOf(rs.getString("decision")), rs.getString("decision_note"), instant(rs, "submitted_at"),
                rs.getInt("version"))).list();
    }

    public Optional<EvaluationMember> member(long evaluationId, long userId) {
        return members(evaluationId).stream().filter(m -> m.expertId() == userId).findFirst();
    }

    /** The expert's declaration of interests; a new declaration goes back to the coordinator for a decision. */
    @Transactional
    public void declare(long evaluationId, KozomolPrincipal expert, String declaration) {
        EvaluationMember before = member(evaluationId, expert.id()).filter(m -> m.decision() != CoiDecision.RECUSED)
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + evaluationId));
        if (Programmes.blank(declaration)) {
            throw new ProgrammeRuleException("declaration", "programme.evaluation.validation.declaration");
        }
        if (declaration.trim().length() > 5000) {
            throw new ProgrammeRuleException("declaration", "programme.validation.tooLong");
        }
        if (before.submitted()) {
            throw new ProgrammeRuleException("declaration", "programme.evaluation.refused.submitted");
        }
        jdbc.sql("""
                update programme_evaluation_member set declaration = :d, declared_at = now(), decision = 'PENDING',
                  decision_note = null, decided_by = null, decided_at = null, version = version + 1
                where evaluation_id = :e and expert_id = :x
                """).param("d", declaration.trim()).param("e", evaluationId).param("x", expert.id()).update();
        audit.updated(MEMBER, evaluationId + "/" + expert.id(), before, member(evaluationId, expert.id()).orElseThrow());
    }

    /** The coordinator's decision on a declaration; a mitigation or a recusal needs its reason. */
    @Transactional
    public void decide(long evaluationId, long expertId, int expectedVersion, CoiDecision decision, String note,
            KozomolPrincipal by) {
        EvaluationMember before = member(evaluationId, expertId).orElseThrow(() -> new NotFoundException(MEMBER + " " + expertId));
        if (decision == null || decision == CoiDecision.PENDING) {
            throw new ProgrammeRuleException("decision", "programme.validation.required");
        }
        if (before.declaredAt() == null) {
            throw new ProgrammeRuleException("decision", "programme.evaluation.refused.notDeclared");
        }
        if (decision != CoiDecision.CLEAR && Programmes.blank(note)) {
            throw new ProgrammeRuleException("note", "programme.evaluation.validation.decisionNote");
        }
        int changed = jdbc.sql("""
                update programme_evaluation_member set decision = :d, decision_note = :n, decided_by = :by, decided_at = now(),
                  rapporteur = rapporteur and :d <> 'RECUSED', version = version + 1
                where evaluation_id = :e and expert_id = :x and version = :v
                """).param("d", decision.name()).param("n", Programmes.plain(note)).param("by", by.id()).param("e", evaluationId)
                .param("x", expertId).param("v", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(MEMBER + " " + evaluationId + "/" + expertId);
        }
        audit.updated(MEMBER, evaluationId + "/" + expertId, before, member(evaluationId, expertId).orElseThrow());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Evaluation row(ResultSet rs, int n) throws SQLException {
        Array evidence = rs.getArray("evidence");
        return new Evaluation(rs.getLong("id"), rs.getLong("programme_id"), EvaluationKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("terms_of_reference"), rs.getLong("commissioned_by"),
                CriteriaTemplate.valueOf(rs.getString("template")),
                evidence == null ? List.of() : Arrays.asList((String[]) evidence.getArray()),
                rs.getObject("overall_rating", Integer.class), rs.getString("overall_rationale"), instant(rs, "consensus_at"),
                rs.getInt("version"));
    }
}
