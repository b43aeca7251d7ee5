package kg.kozomol.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

    @GetMapping("/admin")
    String index() {
        return "identity/admin-home";
    }
}
