package kg.kozomol.identity.web;

import kg.kozomol.platform.web.Option;
import jakarta.validation.Valid;
import java.util.Locale;
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
import kg.kozomol.identity.DuplicateNameException;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.StaleRecordException;

/** Admin screens for the register of organisations. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganisationsController {

    private final Organisations organisations;
    private final UserAccounts users;
    private final Choices choices;
    private final OrganisationLogos logos;

    AdminOrganisationsController(Organisations organisations, UserAccounts users, Choices choices, OrganisationLogos logos) {
        this.organisations = organisations;
        this.users = users;
        this.choices = choices;
        this.logos = logos;
    }

    @PostMapping("/admin/organisations/{id}/logo")
    String uploadLogo(@PathVariable("id") long id,
            @org.springframework.web.bind.annotation.RequestParam(name = "logo", required = false)
            org.springframework.web.multipart.MultipartFile logo, RedirectAttributes redirect) {
        organisations.require(id);
        OrganisationLogos.Outcome outcome = logos.replace(id, logo);
        redirect.addFlashAttribute(outcome.ok() ? "flash" : "logoError", outcome.messageKey());
        redirect.addFlashAttribute("logoErrorArgs", outcome.args());
        return "redirect:/admin/organisations/" + id;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("kind", "nameRu", "nameKy", "nameEn", "shortName", "email", "website", "parentId", "active", "version");
    }

    @GetMapping("/admin/organisations")
    String list(@RequestParam(name = "kind", required = false) OrganisationKind kind,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        model.addAttribute("organisations", organisations.search(kind, q, PageRequest.of(page, 25)));
        model.addAttribute("kind", kind);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kinds", choices.kinds());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "identity/admin-organisations";
    }

    @GetMapping("/admin/organisations/new")
    String createForm(Model model) {
        return form(model, new OrganisationForm(), null);
    }

    @PostMapping("/admin/organisations")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Organisation created = organisations.create(form.toDraft(), false);
            redirect.addFlashAttribute("flash", "identity.organisation.created");
            return "redirect:/admin/organisations/" + created.id();
        } catch (DuplicateNameException e) {
            errors.rejectValue("nameRu", "identity.organisation.nameTaken");
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/organisations/{id}")
    String edit(@PathVariable("id") long id, Model model) {
        Organisation organisation = organisations.require(id);
        model.addAttribute("members", users.membersOf(id));
        return form(model, OrganisationForm.of(organisation), organisation);
    }

    @PostMapping("/admin/organisations/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.require(id);
        if (form.getParentId() != null && form.getParentId() == id) {
            errors.rejectValue("parentId", "identity.organisation.selfParent");
        }
        if (errors.hasErrors()) {
            model.addAttribute("members", users.membersOf(id));
            return form(model, form, organisation);
        }
        try {
            organisations.update(id, form.getVersion(), form.toDraft());
        } catch (DuplicateNameException e) {
            errors.rejectValue("nameRu", "identity.organisation.nameTaken");
        } catch (StaleRecordException e) {
            errors.reject("form.stale");
        }
        if (errors.hasErrors()) {
            model.addAttribute("members", users.membersOf(id));
            return form(model, form, organisation);
        }
        redirect.addFlashAttribute("flash", "identity.organisation.saved");
        return "redirect:/admin/organisations/" + id;
    }

    private String form(Model model, OrganisationForm form, Organisation organisation) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", choices.kinds());
        model.addAttribute("parents", organisations.all().stream()
                .filter(o -> organisation == null || o.id() != organisation.id())
                .map(o -> new Option(Long.toString(o.id()), o.name(locale))).toList());
        return "identity/admin-organisation-form";
    }
}
