package kg.kozomol.jobs.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.PageRequest;

/** Every job of every user, newest first, for administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminJobController {

    private final Jobs jobs;

    AdminJobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/jobs")
    String all(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", jobs.all(PageRequest.of(page, 25)));
        return "jobs/admin";
    }
}
