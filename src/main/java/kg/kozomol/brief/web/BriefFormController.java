package kg.kozomol.brief.web;

import kg.kozomol.platform.web.Option;
import jakarta.validation.Valid;
import java.util.ArrayList;
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
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefActionRefusedException;
import kg.kozomol.brief.Briefs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/** Starting a brief and editing its sections. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
class BriefFormController {

    private final Briefs briefs;
    private final BriefAccess access;
    private final BriefChoices choices;

    BriefFormController(Briefs briefs, BriefAccess access, BriefChoices choices) {
        this.briefs = briefs;
        this.access = access;
        this.choices = choices;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "themeId", "originalLanguage", "titleRu", "titleKy", "summaryRu",
                "summaryKy", "problemRu", "problemKy", "methodologyRu", "methodologyKy", "studyReference", "sampleSize",
                "sampleDescription", "authorIds", "version");
    }

    @GetMapping("/briefs/new")
    String createForm(Model model) {
        return form(model, new BriefForm(), null);
    }

    @PostMapping("/briefs")
    String create(@Valid @ModelAttribute("form") BriefForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        check(form, errors);
        if (form.getOrganisationId() == null && !errors.hasFieldErrors("organisationId")) {
            errors.rejectValue("organisationId", "brief.validation.required");
        } else if (form.getOrganisationId() != null && !briefs.organisationsFor(user).contains(form.getOrganisationId())) {
            errors.rejectValue("organisationId", "brief.refused.notResearcher");
        }
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        List<Long> authors = new ArrayList<>(List.of(user.id()));
        form.setAuthorIds(authors);
        try {
            Brief created = briefs.create(form.toDraft(), user, false);
            redirect.addFlashAttribute("flash", "brief.created");
            return "redirect:/briefs/" + created.id();
        } catch (BriefActionRefusedException e) {
            errors.reject(e.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/briefs/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        if (brief.withdrawn()) {
            redirect.addFlashAttribute("refused", "brief.refused.withdrawn");
            return "redirect:/briefs/" + id;
        }
        return form(model, BriefForm.of(brief), brief);
    }

    @PostMapping("/briefs/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") BriefForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        form.setOrganisationId(brief.organisationId());
        check(form, errors);
        if (errors.hasErrors()) {
            return form(model, form, brief);
        }
        try {
            briefs.update(id, form.getVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", "brief.saved");
            return "redirect:/briefs/" + id;
        } catch (StaleRecordException e) {
            errors.reject("form.stale");
        } catch (BriefActionRefusedException e) {
            errors.reject(e.messageKey());
        }
        return form(model, form, brief);
    }

    private static void check(BriefForm form, BindingResult errors) {
        if (!form.hasTitle()) {
            errors.rejectValue("titleRu", "brief.validation.titleRequired");
        }
    }

    private String form(Model model, BriefForm form, Brief brief) {
        model.addAttribute("form", form);
        model.addAttribute("brief", brief);
        model.addAttribute("organisations", brief == null ? choices.ownOrganisations(CurrentUser.required()) : List.of());
        model.addAttribute("themes", choices.themes());
        model.addAttribute("languages", choices.languages());
        model.addAttribute("authors", brief == null ? List.of() : briefs.possibleAuthors(brief.organisationId()).stream()
                .map(u -> new Option(Long.toString(u.id()), u.fullName())).toList());
        return "brief/form";
    }
}
