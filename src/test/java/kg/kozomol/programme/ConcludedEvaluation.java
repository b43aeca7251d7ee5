package kg.kozomol.programme;

import java.util.List;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** An OECD DAC evaluation of a programme whose two cleared experts have submitted and whose rapporteur wrote the consensus. */
record ConcludedEvaluation(Evaluation evaluation, KozomolPrincipal rapporteur, KozomolPrincipal expert) {

    static ConcludedEvaluation of(ProgrammeWorld world, Programme programme, Evaluations evaluations, EvaluationScoring scoring) {
        Organisation group = world.fixtures.organisation(OrganisationKind.EXPERT_GROUP);
        KozomolPrincipal rapporteur = world.member(Role.EXPERT, group);
        KozomolPrincipal expert = world.member(Role.EXPERT, group);
        Evaluation evaluation = world.tx.execute(s -> {
            Evaluation e = evaluations.create(programme.id(), new EvaluationDraft(EvaluationKind.FINAL, "Итоговая оценка (синтетика)",
                    "ТЗ", world.consortium.id(), CriteriaTemplate.OECD_DAC, List.of(), List.of()), world.coordinator);
            evaluations.addMember(e.id(), rapporteur.id(), true);
            evaluations.addMember(e.id(), expert.id(), false);
            for (KozomolPrincipal x : List.of(rapporteur, expert)) {
                evaluations.declare(e.id(), x, "Связей нет");
                evaluations.decide(e.id(), x.id(), 1, x == expert ? CoiDecision.MITIGATED : CoiDecision.CLEAR,
                        x == expert ? "Не оценивает компонент Таласа" : null, world.coordinator);
            }
            List<EvaluationCriterion> criteria = evaluations.criteria(e.id());
            scoring.save(e.id(), rapporteur, criteria.stream().map(c -> new ScoreInput(c.id(), "5", "СЕКРЕТНОЕ-ОБОСНОВАНИЕ-А", null)).toList());
            scoring.save(e.id(), expert, criteria.stream().map(c -> new ScoreInput(c.id(), "2", "СЕКРЕТНОЕ-ОБОСНОВАНИЕ-Б", null)).toList());
            scoring.submit(e.id(), rapporteur);
            scoring.submit(e.id(), expert);
            scoring.consensus(e.id(), rapporteur, new ConsensusInput(criteria.stream()
                    .map(c -> new ConsensusInput.Agreed(c.id(), "4", "Согласованный вывод по " + c.code(), null)).toList(), "4",
                    "Охват вырос, доходы семей нет", evaluations.require(e.id()).version()));
            return evaluations.require(e.id());
        });
        return new ConcludedEvaluation(evaluation, rapporteur, expert);
    }
}
