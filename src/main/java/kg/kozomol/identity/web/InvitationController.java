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
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;

/** An invited person opens the e-mailed link and chooses a password, which activates the account. */
@Controller
class InvitationController {

    private final AccountTokens tokens;
    private final UserAccounts users;

    InvitationController(AccountTokens tokens, UserAccounts users) {
        this.tokens = tokens;
        this.users = users;
    }

    @InitBinder
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("token", "password", "confirmation");
    }

    @GetMapping("/account/invitation")
    String open(@RequestParam(name = "token", required = false) String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var user = tokens.peek(token, AccountTokenPurpose.INVITATION).flatMap(users::find);
        if (user.isEmpty()) {
            return invalid(model, response);
        }
        PasswordForm form = new PasswordForm();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("account", user.get());
        return "identity/invitation";
    }

    @PostMapping("/account/invitation")
    String accept(@ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var user = tokens.peek(form.getToken(), AccountTokenPurpose.INVITATION).flatMap(users::find);
        if (user.isEmpty()) {
            return invalid(model, response);
        }
        PasswordChecks.check(form.getPassword(), form.getConfirmation(), user.get().email(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("account", user.get());
            return "identity/invitation";
        }
        try {
            UserAccount activated = users.acceptInvitation(form.getToken(), form.getPassword());
            return "redirect:/login?activated=" + activated.id();
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
