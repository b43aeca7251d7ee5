package kg.kozomol.collect.imports.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.imports.ImportRefusedException;
import kg.kozomol.collect.imports.ImportReport;
import kg.kozomol.collect.imports.ImportTarget;
import kg.kozomol.collect.imports.RowProblem;
import kg.kozomol.collect.imports.SubmissionImport;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.files.StoredFile;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * Importing a KoboToolbox or ODK Central export into a form: the upload with its validation pass and preview, then
 * the confirmation that runs the import, in the request or, for many rows, as a background job.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
class SubmissionImportController {

    private static final String CHECKED = "collect.import.checked";

    private final SubmissionImport imports;
    private final ImportTarget target;
    private final Jobs jobs;

    SubmissionImportController(SubmissionImport imports, ImportTarget target, Jobs jobs) {
        this.imports = imports;
        this.target = target;
        this.jobs = jobs;
    }

    @GetMapping("/collect/forms/{formId}/import")
    String page(@PathVariable long formId, Model model) {
        CollectForm form = target.editable(formId, CurrentUser.required());
        return page(model, form, null, null, false);
    }

    /** The validation pass: keeps the upload and shows every problem, or what the import would add. */
    @PostMapping("/collect/forms/{formId}/import")
    String check(@PathVariable long formId, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "generateIds", defaultValue = "false") boolean generateIds, Model model, HttpSession session)
            throws IOException {
        KozomolPrincipal user = CurrentUser.required();
        CollectForm form = target.editable(formId, user);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return page(model, form, refused("none"), null, generateIds);
        }
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = imports.store(target.study(form, user).organisationId(), file.getOriginalFilename(), content);
        } catch (FileRejectedException e) {
            return page(model, form, ImportReport.refused(new RowProblem("", 0, null, e.messageKey(),
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toList())), null,
                    generateIds);
        }
        ImportReport report = imports.check(form, stored, generateIds);
        if (!report.ok() || report.added() == 0) {
            imports.discard(stored);
            return page(model, form, report, null, generateIds);
        }
        session.setAttribute(CHECKED, new Checked(stored.id().toString(), form.currentVersionId(), generateIds, report));
        return page(model, form, report, stored, generateIds);
    }

    @PostMapping("/collect/forms/{formId}/import/confirm")
    String confirm(@PathVariable long formId, @RequestParam(name = "fileId", required = false) String fileId,
            @RequestParam(name = "generateIds", defaultValue = "false") boolean generateIds, Model model,
            RedirectAttributes redirect, HttpSession session) {
        KozomolPrincipal user = CurrentUser.required();
        CollectForm form = target.editable(formId, user);
        Optional<StoredFile> file = imports.upload(fileId, user);
        if (file.isEmpty()) {
            return page(model, form, refused("fileGone"), null, generateIds);
        }
        ImportReport report = checked(session, file.get(), form, generateIds).orElseGet(() -> imports.check(form, file.get(), generateIds));
        if (!report.ok()) {
            imports.discard(file.get());
            return page(model, form, report, null, generateIds);
        }
        if (imports.runsAsJob(report)) {
            UUID job = jobs.submit(SubmissionImport.JOB_TYPE, SubmissionImport.jobParams(form, file.get(), generateIds, report.rows()),
                    user.id());
            return "redirect:/jobs/" + job;
        }
        try {
            redirect.addFlashAttribute("result", imports.apply(form, file.get(), generateIds, done -> { }));
            return "redirect:/collect/forms/" + formId + "/import";
        } catch (ImportRefusedException e) {
            imports.discard(file.get());
            return page(model, form, e.report(), null, generateIds);
        }
    }

    /**
     * The report of the check just made of this upload, for this form version and choice of generated ids: the file
     * cannot have changed since, so the confirmation need not read it through again (the import itself still refuses
     * any problem). Used once.
     */
    private static Optional<ImportReport> checked(HttpSession session, StoredFile file, CollectForm form, boolean generateIds) {
        Object kept = session.getAttribute(CHECKED);
        session.removeAttribute(CHECKED);
        return kept instanceof Checked checked && checked.fileId().equals(file.id().toString())
                && checked.versionId() == form.currentVersionId() && checked.generateIds() == generateIds
                ? Optional.of(checked.report()) : Optional.empty();
    }

    private record Checked(String fileId, long versionId, boolean generateIds, ImportReport report) implements Serializable {
    }

    private static ImportReport refused(String key) {
        return ImportReport.refused(RowProblem.of("", 0, null, key));
    }

    private String page(Model model, CollectForm form, ImportReport report, StoredFile file, boolean generateIds) {
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("fileId", file == null ? null : file.id());
        model.addAttribute("generateIds", generateIds);
        model.addAttribute("shown", ImportReport.SHOWN);
        model.addAttribute("runsAsJob", report != null && imports.runsAsJob(report));
        return "collect/import";
    }
}
