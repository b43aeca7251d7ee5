package kg.kozomol.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import kg.kozomol.jobs.JobView;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/** A user's own jobs and the live progress page of one job. */
@Controller
class JobController {

    static final int RECENT = 50;

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.recentFor(CurrentUser.required().id(), RECENT));
        return "jobs/list";
    }

    /** With {@code HX-Request} (htmx polling) only the progress fragment is sent. */
    @GetMapping("/jobs/{id}")
    String show(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response) {
        KozomolPrincipal user = CurrentUser.required();
        JobView job = parse(id).flatMap(jobs::find)
                .filter(j -> Objects.equals(j.createdBy(), user.id()) || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("job " + id));
        model.addAttribute("job", job);
        response.setHeader("Vary", "HX-Request");
        response.setHeader("Cache-Control", "no-store");
        return htmx != null ? "jobs/job :: progress" : "jobs/job";
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
