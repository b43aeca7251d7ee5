package kg.kozomol.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.identity.AccountTokenPurpose;
import kg.kozomol.identity.AccountTokens;
import kg.kozomol.identity.InvalidTokenException;
import kg.kozomol.identity.UserAccounts;

/** "Forgot your password": a one-time link by e-mail, valid for an hour, then a new password. */
@Controller
class PasswordResetController {

    private final AccountTokens tokens;
    private final UserAccounts users;

    PasswordResetController(AccountTokens tokens, UserAccounts users) {
        this.tokens = tokens;
        this.users = users;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("token", "password", "confirmation");
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(@RequestParam(name = "email", required = false) String email, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("emailError", "identity.email.invalid");
            model.addAttribute("email", email == null ? "" : email.substring(0, Math.min(email.length(), 254)));
            return "identity/forgot";
        }
        users.requestPasswordReset(email);
        return "identity/forgot-sent";
    }

    @GetMapping("/password/reset")
    String open(@RequestParam(name = "token", required = false) String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (tokens.peek(token, AccountTokenPurpose.PASSWORD_RESET).isEmpty()) {
            return invalid(model, response);
        }
        PasswordForm form = new PasswordForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return "identity/reset";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var user = tokens.peek(form.getToken(), AccountTokenPurpose.PASSWORD_RESET).flatMap(users::find);
        if (user.isEmpty()) {
            return invalid(model, response);
        }
        PasswordChecks.check(form.getPassword(), form.getConfirmation(), user.get().email(), errors);
        if (errors.hasErrors()) {
            return "identity/reset";
        }
        try {
            users.resetPassword(form.getToken(), form.getPassword());
            return "redirect:/login?reset";
        } catch (InvalidTokenException e) {
            return invalid(model, response);
        }
    }

    private static String invalid(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(410);
        model.addAttribute("reason", "identity.link.invalid");
        return "identity/link-invalid";
    }
}
