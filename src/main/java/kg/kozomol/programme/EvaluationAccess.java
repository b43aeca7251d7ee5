package kg.kozomol.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/**
 * Who sees an evaluation: coordinators and administrators, the programme's owner body, and experts on its panel once
 * their conflict-of-interest decision is clear or mitigated. A pending expert sees only the declaration page; a recused
 * expert, and everyone else, is told the evaluation does not exist (404).
 */
@Component
public class EvaluationAccess {

    private final Evaluations evaluations;
    private final Programmes programmes;
    private final ProgrammeAccess programmeAccess;

    EvaluationAccess(Evaluations evaluations, Programmes programmes, ProgrammeAccess programmeAccess) {
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.programmeAccess = programmeAccess;
    }

    public boolean manages(KozomolPrincipal user) {
        return user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
    }

    public boolean canRead(Evaluation evaluation, KozomolPrincipal user) {
        return manages(user) || programmeAccess.canEdit(programmes.require(evaluation.programmeId()), user)
                || panelMember(evaluation, user).filter(m -> m.decision().admitted()).isPresent();
    }

    /** Individual ratings (after everyone submitted) are for the coordinators and the admitted panel only. */
    public boolean seesIndividualScores(Evaluation evaluation, KozomolPrincipal user) {
        return manages(user) || panelMember(evaluation, user).filter(m -> m.decision().admitted()).isPresent();
    }

    public Optional<EvaluationMember> panelMember(Evaluation evaluation, KozomolPrincipal user) {
        return user == null ? Optional.empty() : evaluations.member(evaluation.id(), user.id());
    }

    public Evaluation readable(long id, KozomolPrincipal user) {
        Evaluation evaluation = evaluations.require(id);
        if (!canRead(evaluation, user)) {
            throw new NotFoundException(Evaluations.ENTITY + " " + id);
        }
        return evaluation;
    }

    /** The evaluation for an expert who may (still) declare: on the panel and not recused. */
    public Evaluation declarable(long id, KozomolPrincipal user) {
        Evaluation evaluation = evaluations.require(id);
        if (panelMember(evaluation, user).filter(m -> m.decision() != CoiDecision.RECUSED).isEmpty()) {
            throw new NotFoundException(Evaluations.ENTITY + " " + id);
        }
        return evaluation;
    }

    /** The evaluations of a programme this user may open, or declare for. */
    public List<Evaluation> listed(long programmeId, KozomolPrincipal user) {
        return evaluations.ofProgramme(programmeId).stream().filter(e -> canRead(e, user)
                || panelMember(e, user).filter(m -> m.decision() == CoiDecision.PENDING).isPresent()).toList();
    }
}
