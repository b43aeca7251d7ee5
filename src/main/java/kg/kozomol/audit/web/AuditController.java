package kg.kozomol.audit.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.audit.AuditQuery;
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
    String list(AuditQuery query, @RequestParam(name = "page", required = false) Integer page, Model model) {
        List<String> invalid = query.invalidFields();
        AuditQuery echoed = query.echoed();
        model.addAttribute("events", audit.find(query.toFilter(), PageRequest.of(page, 50)));
        model.addAttribute("filter", echoed);
        model.addAttribute("fieldErrors", invalid);
        model.addAttribute("toError", invalid.contains("toBeforeFrom") ? "audit.filter.toBeforeFrom" : null);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("pagerBase", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParam("actor", echoed.actor()).queryParam("entityType", echoed.entityType())
                .queryParam("entityId", echoed.entityId()).queryParam("from", echoed.from()).queryParam("to", echoed.to())
                .encode().build().toUriString());
        return "audit/audit";
    }
}
