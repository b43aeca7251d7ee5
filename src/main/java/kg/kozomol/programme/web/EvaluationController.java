package kg.kozomol.programme.web;

import org.springframework.context.i18n.LocaleContextHolder;
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
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.CoiDecision;
import kg.kozomol.programme.CriteriaTemplate;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationAccess;
import kg.kozomol.programme.EvaluationKind;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.Programmes;

/** Commissioning an evaluation, its page, and the coordinator's panel: adding experts and deciding on their interests. */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final EvaluationAccess access;
    private final EvaluationPage page;
    private final Programmes programmes;
    private final Organisations organisations;
    private final ProgrammeChoices choices;

    EvaluationController(Evaluations evaluations, EvaluationAccess access, EvaluationPage page, Programmes programmes,
            Organisations organisations, ProgrammeChoices choices) {
        this.evaluations = evaluations;
        this.access = access;
        this.page = page;
        this.programmes = programmes;
        this.organisations = organisations;
        this.choices = choices;
    }

    @InitBinder("evaluationForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "title", "termsOfReference", "commissionedBy", "template", "evidence", "customCriteria");
    }

    @GetMapping("/programmes/{id}/evaluations/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String createForm(@PathVariable("id") long id, Model model) {
        return form(model, programmes.require(id), new EvaluationForm());
    }

    @PostMapping("/programmes/{id}/evaluations")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String create(@PathVariable("id") long id, @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Programme programme = programmes.require(id);
        try {
            Evaluation created = evaluations.create(id, form.toDraft(), CurrentUser.required());
            redirect.addFlashAttribute("flash", "programme.evaluation.created");
            return "redirect:/evaluations/" + created.id();
        } catch (ProgrammeRuleException e) {
            ProgrammeChoices.reject(errors, e);
            return form(model, programme, form);
        }
    }

    @GetMapping("/evaluations/{id}")
    String view(@PathVariable("id") long id, Model model) {
        return page.fill(model, access.readable(id, CurrentUser.required()), CurrentUser.required(), null, null);
    }

    @PostMapping("/evaluations/{id}/members")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String addMember(@PathVariable("id") long id, @RequestParam(name = "expertId", required = false) String expertId,
            @RequestParam(name = "rapporteur", required = false) String rapporteur, RedirectAttributes redirect) {
        Long expert = Numbers.id(expertId);
        try {
            if (expert == null) {
                throw new ProgrammeRuleException("expertId", "programme.review.refused.notExpert");
            }
            evaluations.addMember(id, expert, rapporteur != null);
            redirect.addFlashAttribute("flash", "programme.evaluation.memberAdded");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/evaluations/" + id + "#panel";
    }

    @PostMapping("/evaluations/{id}/members/{expertId}/decision")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String decide(@PathVariable("id") long id, @PathVariable("expertId") long expertId,
            @RequestParam(name = "decision", required = false) String decision,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        Integer expected = Numbers.version(version);
        try {
            evaluations.decide(id, expertId, expected == null ? -1 : expected, Numbers.code(CoiDecision.class, decision), note,
                    CurrentUser.required());
            redirect.addFlashAttribute("flash", "programme.evaluation.decided");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "programme.stale");
        }
        return "redirect:/evaluations/" + id + "#panel";
    }

    private String form(Model model, Programme programme, EvaluationForm form) {
        model.addAttribute("programme", programme);
        model.addAttribute("evaluationForm", form);
        model.addAttribute("kinds", choices.options(EvaluationKind.values()));
        model.addAttribute("templates", choices.options(CriteriaTemplate.values()));
        model.addAttribute("organisations", organisations.all().stream().filter(Organisation::active)
                .map(o -> new Option(Long.toString(o.id()), o.name(LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/evaluation-form";
    }
}
