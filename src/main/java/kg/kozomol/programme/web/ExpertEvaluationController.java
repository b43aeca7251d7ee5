package kg.kozomol.programme.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationAccess;
import kg.kozomol.programme.EvaluationScoring;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.ProgrammeRuleException;

/** The expert's side of an evaluation: the declaration of interests, sealed ratings, submission, and the consensus. */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ExpertEvaluationController {

    private final Evaluations evaluations;
    private final EvaluationScoring scoring;
    private final EvaluationAccess access;
    private final EvaluationPage page;

    ExpertEvaluationController(Evaluations evaluations, EvaluationScoring scoring, EvaluationAccess access, EvaluationPage page) {
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.access = access;
        this.page = page;
    }

    @InitBinder("scoreForm")
    void scoreFields(WebDataBinder binder) {
        binder.setAllowedFields("ratings*", "justifications*", "evidence*");
    }

    @InitBinder("consensusForm")
    void consensusFields(WebDataBinder binder) {
        binder.setAllowedFields("agreedRatings*", "agreedTexts*", "dissents*", "overallRating", "overallRationale", "version");
    }

    @GetMapping("/evaluations/{id}/declaration")
    String declaration(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.declarable(id, user);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("member", access.panelMember(evaluation, user).orElseThrow());
        return "programme/declaration";
    }

    @PostMapping("/evaluations/{id}/declaration")
    String declare(@PathVariable("id") long id, @RequestParam(name = "declaration", required = false) String declaration,
            Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.declarable(id, user);
        try {
            evaluations.declare(id, user, declaration);
            redirect.addFlashAttribute("flash", "programme.evaluation.declared");
            return "redirect:/evaluations/" + id + "/declaration";
        } catch (ProgrammeRuleException e) {
            model.addAttribute("evaluation", evaluation);
            model.addAttribute("member", access.panelMember(evaluation, user).orElseThrow());
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("typed", declaration);
            return "programme/declaration";
        }
    }

    @PostMapping("/evaluations/{id}/scores")
    String save(@PathVariable("id") long id, @ModelAttribute("scoreForm") ExpertScoreForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.readable(id, user);
        var inputs = form.inputs(evaluations.criteria(id));
        ProgrammeChoices.reject(errors, scoring.problems(id, inputs, false));
        if (!errors.hasErrors()) {
            try {
                scoring.save(id, user, inputs);
                redirect.addFlashAttribute("flash", "programme.evaluation.scoresSaved");
                return "redirect:/evaluations/" + id + "#my-scores";
            } catch (ProgrammeRuleException e) {
                if (e.field() == null) {
                    return refused(id, e, redirect);
                }
                ProgrammeChoices.reject(errors, e);
            }
        }
        return page.fill(model, evaluation, user, form, null);
    }

    @PostMapping("/evaluations/{id}/submit")
    String submit(@PathVariable("id") long id, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.readable(id, user);
        try {
            scoring.submit(id, user);
            redirect.addFlashAttribute("flash", "programme.evaluation.submitted");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/evaluations/" + id;
    }

    @PostMapping("/evaluations/{id}/consensus")
    String consensus(@PathVariable("id") long id, @ModelAttribute("consensusForm") ConsensusForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.readable(id, user);
        var input = form.input(evaluations.criteria(id));
        ProgrammeChoices.reject(errors, scoring.consensusProblems(id, input));
        if (!errors.hasErrors()) {
            try {
                scoring.consensus(id, user, input);
                redirect.addFlashAttribute("flash", "programme.evaluation.consensusSaved");
                return "redirect:/evaluations/" + id + "#consensus";
            } catch (ProgrammeRuleException e) {
                if (e.field() == null) {
                    return refused(id, e, redirect);
                }
                ProgrammeChoices.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("programme.stale");
            }
        }
        return page.fill(model, evaluation, user, null, form);
    }

    /** A refusal about the whole evaluation (already submitted, not everyone submitted) is shown at the top of its page. */
    private static String refused(long id, ProgrammeRuleException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", e.messageKey());
        return "redirect:/evaluations/" + id;
    }
}
