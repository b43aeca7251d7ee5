package kg.kozomol.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.CurrentUser;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            @RequestParam(name = "activated", required = false) String activated,
            @RequestParam(name = "reset", required = false) String reset, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/dashboard";
        }
        model.addAttribute("error", "locked".equals(error) ? "identity.login.locked" : error != null ? "identity.login.bad" : null);
        model.addAttribute("info", logout != null ? "identity.login.loggedOut"
                : activated != null ? "identity.login.activated" : reset != null ? "identity.login.passwordReset" : null);
        return "identity/login";
    }
}
