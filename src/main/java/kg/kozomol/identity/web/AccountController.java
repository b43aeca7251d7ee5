package kg.kozomol.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.StaleRecordException;

/** A signed-in user's own profile and password. */
@Controller
class AccountController {

    private final UserAccounts users;
    private final LocaleResolver localeResolver;
    private final Choices choices;

    AccountController(UserAccounts users, LocaleResolver localeResolver, Choices choices) {
        this.users = users;
        this.localeResolver = localeResolver;
        this.choices = choices;
    }

    @InitBinder("profile")
    void profileFields(WebDataBinder binder) {
        binder.setAllowedFields("fullName", "language", "mailFrequency", "version");
    }

    @InitBinder("password")
    void passwordFields(WebDataBinder binder) {
        binder.setAllowedFields("current", "password", "confirmation");
    }

    @GetMapping("/account")
    String show(Model model) {
        UserAccount user = users.require(CurrentUser.required().id());
        return page(model, user, ProfileForm.of(user), new PasswordForm());
    }

    @PostMapping("/account")
    String update(@Valid @ModelAttribute("profile") ProfileForm profile, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        UserAccount user = users.require(CurrentUser.required().id());
        if (errors.hasErrors()) {
            return page(model, user, profile, new PasswordForm());
        }
        try {
            users.updateProfile(user.id(), profile.getVersion(), profile.getFullName(), profile.getLanguage(),
                    profile.getMailFrequency());
        } catch (StaleRecordException e) {
            errors.reject("form.stale");
            return page(model, user, profile, new PasswordForm());
        }
        localeResolver.setLocale(request, response, Locale.forLanguageTag(profile.getLanguage()));
        redirect.addFlashAttribute("flash", "identity.account.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("password") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserAccount user = users.require(CurrentUser.required().id());
        PasswordChecks.check(form.getPassword(), form.getConfirmation(), user.email(), errors);
        if (!errors.hasErrors() && !users.changePassword(user.id(), form.getCurrent(), form.getPassword())) {
            errors.rejectValue("current", "identity.password.currentWrong");
        }
        if (errors.hasErrors()) {
            form.setCurrent(null);
            form.setPassword(null);
            form.setConfirmation(null);
            return page(model, user, ProfileForm.of(user), form);
        }
        redirect.addFlashAttribute("flash", "identity.account.passwordChanged");
        return "redirect:/account";
    }

    private String page(Model model, UserAccount user, ProfileForm profile, PasswordForm password) {
        model.addAttribute("account", user);
        model.addAttribute("memberships", users.memberships(user.id()));
        model.addAttribute("profile", profile);
        model.addAttribute("password", password);
        model.addAttribute("languages", choices.languages());
        model.addAttribute("mailFrequencies", choices.mailFrequencies());
        return "identity/account";
    }
}
