package kg.kozomol.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** The signed-in user's start page: who they are here and where to go next. */
@Controller
class DashboardController {

    private final UserAccounts users;

    DashboardController(UserAccounts users) {
        this.users = users;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("memberships", users.memberships(user.id()));
        model.addAttribute("roles", user.roles());
        model.addAttribute("seesTrackerDashboard",
                user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN) || user.hasRole(Role.RESEARCHER));
        return "identity/dashboard";
    }
}
