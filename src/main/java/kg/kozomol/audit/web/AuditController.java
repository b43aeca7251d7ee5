package kg.kozomol.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.audit.AuditFilter;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.PageRequest;

/** The admin's view of the audit log, filtered by user, record and dates. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "entityType", required = false) String entityType,
            @RequestParam(name = "entityId", required = false) String entityId,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        List<String> errors = new ArrayList<>();
        LocalDate fromDate = parse(from, "from", errors);
        LocalDate toDate = parse(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add("to");
            model.addAttribute("toError", "audit.filter.toBeforeFrom");
        }
        AuditFilter filter = new AuditFilter(trim(actor), trim(entityType), trim(entityId), fromDate, toDate);
        model.addAttribute("events", audit.find(errors.isEmpty() ? filter : AuditFilter.none(), PageRequest.of(page, 50)));
        model.addAttribute("filter", new FilterView(value(actor), value(entityType), value(entityId), value(from), value(to)));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParam("actor", value(actor)).queryParam("entityType", value(entityType))
                .queryParam("entityId", value(entityId)).queryParam("from", value(from)).queryParam("to", value(to))
                .encode().build().toUriString());
        return "audit/audit";
    }

    /** What the user typed, echoed back into the filter form. */
    record FilterView(String actor, String entityType, String entityId, String from, String to) {}

    private static LocalDate parse(String text, String field, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field);
            return null;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String value(String value) {
        return value == null ? "" : value.length() > 200 ? value.substring(0, 200) : value;
    }
}
