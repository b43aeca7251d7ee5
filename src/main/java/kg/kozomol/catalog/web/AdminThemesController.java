package kg.kozomol.catalog.web;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.catalog.DuplicateThemeCodeException;
import kg.kozomol.catalog.Theme;
import kg.kozomol.catalog.Themes;
import kg.kozomol.platform.StaleRecordException;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminThemesController {

    private final Themes themes;

    AdminThemesController(Themes themes) {
        this.themes = themes;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("code", "nameRu", "nameKy", "nameEn", "active", "version");
    }

    @GetMapping("/admin/themes")
    String list(Model model) {
        model.addAttribute("themes", themes.all());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "catalog/themes";
    }

    @GetMapping("/admin/themes/new")
    String createForm(Model model) {
        return form(model, new ThemeForm(), null);
    }

    @PostMapping("/admin/themes")
    String create(@Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                themes.create(form.toDraft(), false);
                redirect.addFlashAttribute("flash", "catalog.theme.saved");
                return "redirect:/admin/themes";
            } catch (DuplicateThemeCodeException e) {
                errors.rejectValue("code", "catalog.theme.code.taken");
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/admin/themes/{id}")
    String edit(@PathVariable("id") long id, Model model) {
        Theme theme = themes.require(id);
        return form(model, ThemeForm.of(theme), theme);
    }

    @PostMapping("/admin/themes/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Theme theme = themes.require(id);
        if (!errors.hasErrors()) {
            try {
                themes.update(id, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("flash", "catalog.theme.saved");
                return "redirect:/admin/themes";
            } catch (DuplicateThemeCodeException e) {
                errors.rejectValue("code", "catalog.theme.code.taken");
            } catch (StaleRecordException e) {
                errors.reject("form.stale");
            }
        }
        return form(model, form, theme);
    }

    private String form(Model model, ThemeForm form, Theme theme) {
        model.addAttribute("form", form);
        model.addAttribute("theme", theme);
        return "catalog/theme-form";
    }
}
