package kg.kozomol.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.RecordRows;
import kg.kozomol.platform.StaleRecordException;

/**
 * Sealed scoring and the consensus. An admitted expert rates every criterion with a justification; the ratings stay
 * the expert's own until every admitted member has submitted (submitting is once and final). Only then do the panel
 * and the coordinator see the individual ratings and their spread, and the rapporteur writes the consensus — agreed
 * rating and text per criterion, dissent, and an overall rating with its rationale, never an average.
 */
@Service
public class EvaluationScoring {

    static final String SCORE = "programme_evaluation_score";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Evaluations evaluations;

    EvaluationScoring(JdbcClient jdbc, AuditLog audit, Evaluations evaluations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.evaluations = evaluations;
    }

    /** What is wrong with the ratings; with {@code complete}, every criterion must be rated and justified. */
    public List<FieldProblem> problems(long evaluationId, List<ScoreInput> inputs, boolean complete) {
        Map<Long, ScoreInput> byCriterion = inputs.stream().collect(Collectors.toMap(ScoreInput::criterionId, i -> i, (a, b) -> a));
        List<FieldProblem> problems = new ArrayList<>();
        for (EvaluationCriterion c : evaluations.criteria(evaluationId)) {
            ScoreInput in = byCriterion.get(c.id());
            boolean rated = in != null && !Programmes.blank(in.rating());
            if (rated && Rating.read(in.rating()) == null) {
                problems.add(new FieldProblem("ratings[" + c.id() + "]", "programme.evaluation.validation.scale"));
            } else if (!rated && complete) {
                problems.add(new FieldProblem("ratings[" + c.id() + "]", "programme.evaluation.validation.scale"));
            }
            if ((rated || complete) && (in == null || Programmes.blank(in.justification()))) {
                problems.add(new FieldProblem("justifications[" + c.id() + "]", "programme.review.validation.justification"));
            }
            if (in != null && ((in.justification() != null && in.justification().length() > 10000)
                    || (in.evidence() != null && in.evidence().length() > 5000))) {
                problems.add(new FieldProblem("justifications[" + c.id() + "]", "programme.validation.tooLong"));
            }
        }
        return problems;
    }

    /** Saves the expert's draft ratings (unrated criteria may wait); refused once the expert has submitted. */
    @Transactional
    public void save(long evaluationId, KozomolPrincipal expert, List<ScoreInput> inputs) {
        EvaluationMember member = admitted(evaluationId, expert);
        if (member.submitted()) {
            throw new ProgrammeRuleException(null, "programme.evaluation.refused.submitted");
        }
        List<FieldProblem> problems = problems(evaluationId, inputs, false);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        List<EvaluationScore> before = own(evaluationId, expert.id());
        jdbc.sql("delete from programme_evaluation_score where evaluation_id = :e and expert_id = :x").param("e", evaluationId)
                .param("x", expert.id()).update();
        List<Long> criteria = evaluations.criteria(evaluationId).stream().map(EvaluationCriterion::id).toList();
        for (ScoreInput in : inputs) {
            if (!Programmes.blank(in.rating()) && criteria.contains(in.criterionId())) {
                jdbc.sql("""
                        insert into programme_evaluation_score (evaluation_id, expert_id, criterion_id, rating, justification, evidence)
                        values (:e, :x, :c, :r, :j, :ev)
                        """).param("e", evaluationId).param("x", expert.id()).param("c", in.criterionId())
                        .param("r", Rating.read(in.rating())).param("j", in.justification().trim())
                        .param("ev", Programmes.plain(in.evidence())).update();
            }
        }
        audit.updated(SCORE, evaluationId + "/" + expert.id(), before, own(evaluationId, expert.id()));
    }

    /** Seals the expert's ratings: every criterion rated and justified; a second submission is refused. */
    @Transactional
    public void submit(long evaluationId, KozomolPrincipal expert) {
        EvaluationMember member = admitted(evaluationId, expert);
        if (member.submitted()) {
            throw new ProgrammeRuleException(null, "programme.evaluation.refused.submitted");
        }
        List<ScoreInput> saved = own(evaluationId, expert.id()).stream()
                .map(s -> new ScoreInput(s.criterionId(), Integer.toString(s.rating()), s.justification(), s.evidence())).toList();
        if (!problems(evaluationId, saved, true).isEmpty()) {
            throw new ProgrammeRuleException(null, "programme.evaluation.refused.incomplete");
        }
        int changed = jdbc.sql("""
                update programme_evaluation_member set submitted_at = now(), version = version + 1
                where evaluation_id = :e and expert_id = :x and submitted_at is null
                """).param("e", evaluationId).param("x", expert.id()).update();
        if (changed == 0) {
            throw new ProgrammeRuleException(null, "programme.evaluation.refused.submitted");
        }
        audit.updated(Evaluations.MEMBER, evaluationId + "/" + expert.id(), member, Map.of("submitted", true));
    }

    /** The expert's own ratings: the only ones anyone sees before every member has submitted. */
    @Transactional(readOnly = true)
    public List<EvaluationScore> own(long evaluationId, long expertId) {
        return jdbc.sql("""
                select expert_id, criterion_id, rating, justification, evidence from programme_evaluation_score
                where evaluation_id = :e and expert_id = :x
                """).param("e", evaluationId).param("x", expertId).query(RecordRows.of(EvaluationScore.class)).list();
    }

    /** Every admitted (not recused) member has submitted, and there is at least one. */
    @Transactional(readOnly = true)
    public boolean allSubmitted(long evaluationId) {
        List<EvaluationMember> panel = evaluations.members(evaluationId).stream().filter(m -> m.decision() != CoiDecision.RECUSED)
                .toList();
        return !panel.isEmpty() && panel.stream().allMatch(m -> m.decision().admitted() && m.submitted());
    }

    /** All individual ratings, only once everyone has submitted (empty before); never published. */
    @Transactional(readOnly = true)
    public List<EvaluationScore> unsealed(long evaluationId) {
        if (!allSubmitted(evaluationId)) {
            return List.of();
        }
        return jdbc.sql("""
                select expert_id, criterion_id, rating, justification, evidence from programme_evaluation_score
                where evaluation_id = :e order by criterion_id, expert_id
                """).param("e", evaluationId).query(RecordRows.of(EvaluationScore.class)).list();
    }

    /** Per criterion the lowest and highest rating and the list of ratings, once everyone has submitted. */
    public Map<Long, CriterionSpread> spread(long evaluationId) {
        return unsealed(evaluationId).stream().collect(Collectors.groupingBy(EvaluationScore::criterionId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    List<Integer> ratings = e.getValue().stream().map(EvaluationScore::rating).sorted().toList();
                    return new CriterionSpread(e.getKey(), ratings.get(0), ratings.get(ratings.size() - 1), ratings);
                }));
    }

    /** What is wrong with a consensus, field by field. */
    public List<FieldProblem> consensusProblems(long evaluationId, ConsensusInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, ConsensusInput.Agreed> byCriterion = input.criteria().stream()
                .collect(Collectors.toMap(ConsensusInput.Agreed::criterionId, a -> a, (a, b) -> a));
        for (EvaluationCriterion c : evaluations.criteria(evaluationId)) {
            ConsensusInput.Agreed a = byCriterion.get(c.id());
            if (a == null || Rating.read(a.rating()) == null) {
                problems.add(new FieldProblem("agreedRatings[" + c.id() + "]", "programme.evaluation.validation.scale"));
            }
            if (a == null || Programmes.blank(a.text())) {
                problems.add(new FieldProblem("agreedTexts[" + c.id() + "]", "programme.evaluation.validation.agreedText"));
            }
        }
        if (Rating.read(input.overallRating()) == null) {
            problems.add(new FieldProblem("overallRating", "programme.evaluation.validation.scale"));
        }
        if (Programmes.blank(input.overallRationale())) {
            problems.add(new FieldProblem("overallRationale", "programme.evaluation.validation.rationale"));
        }
        return problems;
    }

    /** The rapporteur's consensus, once every member has submitted. */
    @Transactional
    public void consensus(long evaluationId, KozomolPrincipal rapporteur, ConsensusInput input) {
        EvaluationMember member = admitted(evaluationId, rapporteur);
        if (!member.rapporteur()) {
            throw new AccessDeniedException("not the rapporteur");
        }
        if (!allSubmitted(evaluationId)) {
            throw new ProgrammeRuleException(null, "programme.evaluation.refused.notAllSubmitted");
        }
        List<FieldProblem> problems = consensusProblems(evaluationId, input);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        Evaluation before = evaluations.require(evaluationId);
        int changed = jdbc.sql("""
                update programme_evaluation set overall_rating = :r, overall_rationale = :t, consensus_by = :by,
                  consensus_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("r", Rating.read(input.overallRating())).param("t", input.overallRationale().trim())
                .param("by", rapporteur.id()).param("id", evaluationId)
                .param("v", input.expectedVersion() == null ? -1 : input.expectedVersion()).update();
        if (changed == 0) {
            throw new StaleRecordException(Evaluations.ENTITY + " " + evaluationId);
        }
        for (ConsensusInput.Agreed a : input.criteria()) {
            jdbc.sql("""
                    update programme_evaluation_criterion set agreed_rating = :r, agreed_text = :t, dissent = :d
                    where id = :c and evaluation_id = :e
                    """).param("r", Rating.read(a.rating())).param("t", a.text().trim()).param("d", Programmes.plain(a.dissent()))
                    .param("c", a.criterionId()).param("e", evaluationId).update();
        }
        audit.updated(Evaluations.ENTITY, evaluationId, before, evaluations.require(evaluationId));
    }

    private EvaluationMember admitted(long evaluationId, KozomolPrincipal expert) {
        return evaluations.member(evaluationId, expert.id()).filter(m -> m.decision().admitted())
                .orElseThrow(() -> new NotFoundException(Evaluations.ENTITY + " " + evaluationId));
    }
}
