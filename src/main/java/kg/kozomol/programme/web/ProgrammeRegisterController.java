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
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeAccess;
import kg.kozomol.programme.ProgrammeDraft;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.ProgrammeStatus;
import kg.kozomol.programme.Programmes;

/** The register: the list of programmes, registering one, editing its entry and moving it through its statuses. */
@Controller
class ProgrammeRegisterController {

    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final ProgrammeChoices choices;

    ProgrammeRegisterController(Programmes programmes, ProgrammeAccess access, ProgrammeChoices choices) {
        this.programmes = programmes;
        this.access = access;
        this.choices = choices;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("reference", "titleRu", "titleKy", "titleEn", "ownerBodyId", "actNumber", "actDate", "actUrl",
                "periodStart", "periodEnd", "budgetCode", "discussionUrl", "version");
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("bodyNames", choices.bodyNames());
        model.addAttribute("canCreate", access.canCreate(CurrentUser.required()));
        model.addAttribute("isExpert", CurrentUser.required().hasRole(Role.EXPERT));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/list";
    }

    @GetMapping("/programmes/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String createForm(Model model) {
        return form(model, new ProgrammeForm(), null);
    }

    @PostMapping("/programmes")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String create(@ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        ProgrammeDraft draft = form.toDraft(errors);
        if (draft == null) {
            return form(model, form, null);
        }
        try {
            Programme created = programmes.create(draft, CurrentUser.required(), false);
            redirect.addFlashAttribute("flash", "programme.created");
            return "redirect:/programmes/" + created.id();
        } catch (ProgrammeRuleException e) {
            ProgrammeChoices.reject(errors, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/programmes/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'STATE_FOCAL_POINT')")
    String editForm(@PathVariable("id") long id, Model model) {
        Programme programme = access.editable(id, CurrentUser.required());
        return form(model, ProgrammeForm.of(programme), programme);
    }

    @PostMapping("/programmes/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'STATE_FOCAL_POINT')")
    String update(@PathVariable("id") long id, @ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Programme programme = access.editable(id, CurrentUser.required());
        ProgrammeDraft draft = form.toDraft(errors);
        if (draft != null && draft.ownerBodyId() != programme.ownerBodyId() && !access.canCreate(CurrentUser.required())) {
            errors.rejectValue("ownerBodyId", "programme.refused.ownerFixed");
        }
        if (draft == null || errors.hasErrors()) {
            return form(model, form, programme);
        }
        try {
            programmes.update(id, form.getVersion(), draft);
            redirect.addFlashAttribute("flash", "programme.saved");
            return "redirect:/programmes/" + id;
        } catch (StaleRecordException e) {
            errors.reject("programme.stale");
        } catch (ProgrammeRuleException e) {
            ProgrammeChoices.reject(errors, e);
        }
        return form(model, form, programme);
    }

    @PostMapping("/programmes/{id}/status")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'STATE_FOCAL_POINT')")
    String move(@PathVariable("id") long id, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        access.editable(id, CurrentUser.required());
        try {
            Integer expected = Numbers.version(version);
            programmes.move(id, expected == null ? -1 : expected, Numbers.code(ProgrammeStatus.class, status));
            redirect.addFlashAttribute("flash", "programme.moved");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "programme.stale");
        }
        return "redirect:/programmes/" + id;
    }

    private String form(Model model, ProgrammeForm form, Programme programme) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("bodies", choices.stateBodies().stream()
                .filter(o -> access.canCreate(user) || user.isMemberOf(Long.parseLong(o.value()))).toList());
        return "programme/form";
    }
}
