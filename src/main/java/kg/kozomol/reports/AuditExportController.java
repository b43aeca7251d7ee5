package kg.kozomol.reports;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import kg.kozomol.audit.AuditQuery;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.CurrentUser;

/** Starts a CSV export of what the audit page shows and sends the admin to the job's progress page. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditExportController {

    private final Jobs jobs;

    AuditExportController(Jobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/admin/audit/export")
    String export(AuditQuery query) {
        UUID job = jobs.submit(AuditExport.TYPE, AuditExport.paramsOf(query.toFilter()), CurrentUser.required().id());
        return "redirect:/jobs/" + job;
    }
}
