package kg.kozomol.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.audit.AuditFilter;
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
    String export(@RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "entityType", required = false) String entityType,
            @RequestParam(name = "entityId", required = false) String entityId,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        AuditFilter filter = new AuditFilter(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), date(from), date(to));
        UUID job = jobs.submit(AuditExport.TYPE, AuditExport.paramsOf(filter), CurrentUser.required().id());
        return "redirect:/jobs/" + job;
    }

    /** A date the page could not have sent is ignored rather than failing the export. */
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
