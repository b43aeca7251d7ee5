package kg.kozomol.qual.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.qual.CaseImport;
import kg.kozomol.qual.Cases;
import kg.kozomol.qual.Consent;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.QualCase;

/** A case's page with its consent: the lead records it, and records a withdrawal, which locks its transcripts. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualCaseController {

    private final QualAccess access;
    private final Cases cases;
    private final CaseImport imports;

    QualCaseController(QualAccess access, Cases cases, CaseImport imports) {
        this.access = access;
        this.cases = cases;
        this.imports = imports;
    }

    @PostMapping("/qual/projects/{id}/cases/import")
    String importCases(@PathVariable("id") long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) throws java.io.IOException {
        access.lead(id, CurrentUser.required());
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return QualRedirects.run(redirect, "/qual/projects/" + id, "qual.import.done", () -> imports.importCases(id, bytes, name));
    }

    @GetMapping("/qual/projects/{id}/cases/{caseId}")
    String view(@PathVariable("id") long id, @PathVariable("caseId") long caseId, Model model) {
        Project project = access.member(id, CurrentUser.required());
        model.addAttribute("project", project);
        model.addAttribute("lead", project.isLead(CurrentUser.required().id()));
        model.addAttribute("qualCase", caseOf(id, caseId));
        model.addAttribute("today", LocalDate.now());
        return "qual/case";
    }

    @PostMapping("/qual/projects/{id}/cases/{caseId}/consent")
    String consent(@PathVariable("id") long id, @PathVariable("caseId") long caseId,
            @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "recording", defaultValue = "false") boolean recording,
            @RequestParam(name = "quotation", defaultValue = "false") boolean quotation,
            @RequestParam(name = "archiving", defaultValue = "false") boolean archiving,
            @RequestParam(name = "transfer", defaultValue = "false") boolean transfer,
            @RequestParam(name = "givenOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
            @RequestParam(name = "formVersion", required = false) String formVersion, RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        QualCase qualCase = caseOf(id, caseId);
        return QualRedirects.run(redirect, "/qual/projects/" + id + "/cases/" + caseId, "qual.consent.saved",
                () -> cases.recordConsent(caseId, version == null ? qualCase.version() : version,
                        new Consent(recording, quotation, archiving, transfer, givenOn, formVersion, null)));
    }

    @PostMapping("/qual/projects/{id}/cases/{caseId}/withdraw")
    String withdraw(@PathVariable("id") long id, @PathVariable("caseId") long caseId,
            @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "withdrawnOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        access.lead(id, CurrentUser.required());
        QualCase qualCase = caseOf(id, caseId);
        return QualRedirects.run(redirect, "/qual/projects/" + id + "/cases/" + caseId, "qual.consent.withdrawn",
                () -> cases.withdraw(caseId, version == null ? qualCase.version() : version, on == null ? LocalDate.now() : on));
    }

    private QualCase caseOf(long projectId, long caseId) {
        return cases.find(caseId).filter(c -> c.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("qual_case " + caseId));
    }
}
