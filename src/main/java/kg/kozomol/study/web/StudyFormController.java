package kg.kozomol.study.web;

import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;
import kg.kozomol.study.FieldProblem;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyDraft;
import kg.kozomol.study.StudyRuleException;

/** Starting a study and editing its design (before fieldwork). */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
class StudyFormController {

    private final Studies studies;
    private final StudyAccess access;
    private final StudyChoices choices;

    StudyFormController(Studies studies, StudyAccess access, StudyChoices choices) {
        this.studies = studies;
        this.access = access;
        this.choices = choices;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "themeId", "titleRu", "titleKy", "objectives", "methods", "targetPopulation",
                "oblasts", "periodStart", "periodEnd", "instruments", "ethics", "team*", "version");
    }

    @GetMapping("/studies/new")
    String createForm(Model model) {
        return form(model, new StudyForm(), null);
    }

    @PostMapping("/studies")
    String create(@Valid @ModelAttribute("form") StudyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Long organisation = form.organisation();
        if (organisation == null || studies.organisationsFor(user).stream().noneMatch(o -> o.id() == organisation)) {
            errors.rejectValue("organisationId", organisation == null ? "study.validation.required" : "study.refused.notResearcher");
        }
        StudyDraft draft = form.toDraft(organisation == null ? 0 : organisation, errors);
        form.getTeam().clear();
        check(draft, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Study created = studies.create(draft, user, false);
            redirect.addFlashAttribute("flash", "study.created");
            return "redirect:/studies/" + created.id() + "/plan";
        } catch (StudyRuleException e) {
            reject(errors, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/studies/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Study study = access.editable(id, CurrentUser.required());
        if (study.status().designLocked()) {
            redirect.addFlashAttribute("refused", "study.refused.locked");
            return "redirect:/studies/" + id;
        }
        return form(model, StudyForm.of(study), study);
    }

    @PostMapping("/studies/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") StudyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Study study = access.editable(id, CurrentUser.required());
        StudyDraft draft = form.toDraft(study.organisationId(), errors);
        check(draft, errors);
        if (errors.hasErrors()) {
            return form(model, form, study);
        }
        try {
            studies.update(id, form.getVersion(), draft);
            redirect.addFlashAttribute("flash", "study.saved");
            return "redirect:/studies/" + id;
        } catch (StaleRecordException e) {
            errors.reject("study.stale");
        } catch (StudyRuleException e) {
            reject(errors, e);
        }
        return form(model, form, study);
    }

    /** The service's rules, reported on fields the form could read (an unreadable field has its message already). */
    private void check(StudyDraft draft, BindingResult errors) {
        for (FieldProblem problem : studies.problems(draft)) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    private static void reject(BindingResult errors, StudyRuleException e) {
        if (e.field() == null) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey());
        }
    }

    private String form(Model model, StudyForm form, Study study) {
        model.addAttribute("form", form);
        model.addAttribute("study", study);
        model.addAttribute("organisations", study == null ? choices.ownOrganisations(CurrentUser.required()) : List.of());
        model.addAttribute("themes", choices.themes());
        model.addAttribute("methods", choices.methods());
        model.addAttribute("oblasts", choices.oblasts());
        model.addAttribute("roles", choices.roles());
        model.addAttribute("people", study == null ? List.of() : studies.possibleTeam(study.organisationId()).stream()
                .map(u -> new Option(Long.toString(u.id()), u.fullName())).toList());
        return "study/form";
    }
}
