package kg.kozomol.programme.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.CoiDecision;
import kg.kozomol.programme.DesignReviews;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationAccess;
import kg.kozomol.programme.EvaluationCriterion;
import kg.kozomol.programme.EvaluationMember;
import kg.kozomol.programme.EvaluationScoring;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.ExpertProfiles;
import kg.kozomol.programme.Programmes;

/**
 * Fills the evaluation page for one reader: what the coordinator manages, what an expert scores (their own ratings
 * only), and after everyone submitted the spread, the individual ratings (panel and coordinators) and the consensus.
 */
@Component
class EvaluationPage {

    private final Evaluations evaluations;
    private final EvaluationScoring scoring;
    private final EvaluationAccess access;
    private final Programmes programmes;
    private final DesignReviews reviews;
    private final Organisations organisations;
    private final ProgrammeChoices choices;
    private final ExpertProfiles profiles;

    EvaluationPage(Evaluations evaluations, EvaluationScoring scoring, EvaluationAccess access, Programmes programmes,
            DesignReviews reviews, Organisations organisations, ProgrammeChoices choices, ExpertProfiles profiles) {
        this.profiles = profiles;
        this.choices = choices;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.access = access;
        this.programmes = programmes;
        this.reviews = reviews;
        this.organisations = organisations;
    }

    String fill(Model model, Evaluation evaluation, KozomolPrincipal user, ExpertScoreForm scoreForm, ConsensusForm consensusForm) {
        List<EvaluationCriterion> criteria = evaluations.criteria(evaluation.id());
        List<EvaluationMember> members = evaluations.members(evaluation.id());
        EvaluationMember me = access.panelMember(evaluation, user).filter(m -> m.decision().admitted()).orElse(null);
        boolean allSubmitted = scoring.allSubmitted(evaluation.id());
        boolean manages = access.manages(user);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("programme", programmes.require(evaluation.programmeId()));
        model.addAttribute("commissioner", organisations.require(evaluation.commissionedBy()).name(LocaleContextHolder.getLocale()));
        model.addAttribute("criteria", criteria);
        model.addAttribute("criteriaById", criteria.stream().collect(Collectors.toMap(EvaluationCriterion::id, c -> c)));
        model.addAttribute("ratingOptions", choices.ratings());
        model.addAttribute("members", members);
        model.addAttribute("profiles", profiles.of(members.stream().map(EvaluationMember::expertId).toList()));
        model.addAttribute("manages", manages);
        model.addAttribute("me", me);
        model.addAttribute("allSubmitted", allSubmitted);
        model.addAttribute("scale", List.of(6, 5, 4, 3, 2, 1));
        model.addAttribute("decisions", List.of(CoiDecision.CLEAR, CoiDecision.MITIGATED, CoiDecision.RECUSED));
        model.addAttribute("scoreForm", scoreForm != null ? scoreForm
                : ExpertScoreForm.of(me == null ? List.of() : scoring.own(evaluation.id(), user.id())));
        model.addAttribute("consensusForm", consensusForm != null ? consensusForm : ConsensusForm.of(evaluation, criteria));
        model.addAttribute("spread", scoring.spread(evaluation.id()));
        model.addAttribute("individual", access.seesIndividualScores(evaluation, user) ? scoring.unsealed(evaluation.id()) : List.of());
        model.addAttribute("names", members.stream().collect(Collectors.toMap(EvaluationMember::expertId,
                EvaluationMember::fullName)));
        model.addAttribute("candidates", manages ? reviews.experts().stream()
                .filter(u -> members.stream().noneMatch(m -> m.expertId() == u.id()))
                .map(u -> new Option(Long.toString(u.id()), u.fullName())).toList() : List.of());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/evaluation";
    }
}
