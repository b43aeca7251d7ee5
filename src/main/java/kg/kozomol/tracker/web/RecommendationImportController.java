package kg.kozomol.tracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefFilter;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.BriefSummary;
import kg.kozomol.brief.Briefs;
import kg.kozomol.catalog.Themes;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.files.StoredFile;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.TrackerRuleException;
import kg.kozomol.tracker.imports.ImportCheck;
import kg.kozomol.tracker.imports.ImportColumn;
import kg.kozomol.tracker.imports.ImportJob;
import kg.kozomol.tracker.imports.ImportProblem;
import kg.kozomol.tracker.imports.ImportProperties;
import kg.kozomol.tracker.imports.ImportRefusedException;
import kg.kozomol.tracker.imports.ImportResult;
import kg.kozomol.tracker.imports.ImportTemplate;
import kg.kozomol.tracker.imports.RecommendationImport;

/**
 * Bulk import of a brief's recommendations: the template, the upload with its validation pass and preview, and the
 * confirmation that runs the import, in the request or, for many rows, as a background job.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
class RecommendationImportController {

    /** The page lists this many problems or changes at most; the counts above say how many there are. */
    static final int SHOWN = 500;

    private final RecommendationImport imports;
    private final ImportTemplate template;
    private final ImportProperties properties;
    private final Briefs briefs;
    private final Themes themes;
    private final Jobs jobs;

    RecommendationImportController(RecommendationImport imports, ImportTemplate template, ImportProperties properties,
            Briefs briefs, Themes themes, Jobs jobs) {
        this.imports = imports;
        this.template = template;
        this.properties = properties;
        this.briefs = briefs;
        this.themes = themes;
        this.jobs = jobs;
    }

    /** From the tracker: the briefs the user may import into. */
    @GetMapping("/recommendations/import")
    String choose(Model model) {
        KozomolPrincipal user = CurrentUser.required();
        List<BriefSummary> found = new ArrayList<>();
        if (user.hasRole(Role.ADMIN)) {
            found.addAll(briefs.search(new BriefFilter(null, null, null), user, PageRequest.of(1, PageRequest.MAX_SIZE)).items());
        } else {
            user.memberships().stream().filter(m -> m.role() == Role.RESEARCHER || m.role() == Role.COORDINATOR)
                    .map(Membership::organisationId).distinct()
                    .forEach(org -> found.addAll(briefs.search(new BriefFilter(null, null, org), user,
                            PageRequest.of(1, PageRequest.MAX_SIZE)).items()));
        }
        model.addAttribute("briefs", found.stream().filter(b -> b.status() != BriefStatus.WITHDRAWN).toList());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "tracker/import-choose";
    }

    @GetMapping("/briefs/{briefId}/recommendations/import")
    String page(@PathVariable("briefId") long briefId, Model model) {
        Brief brief = imports.brief(briefId, CurrentUser.required());
        return page(model, brief, null, null);
    }

    /** The validation pass: keeps the upload and shows every problem, or what the import would do. */
    @PostMapping("/briefs/{briefId}/recommendations/import")
    String check(@PathVariable("briefId") long briefId, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) throws IOException {
        Brief brief = imports.brief(briefId, CurrentUser.required());
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return page(model, brief, refused("tracker.import.file.none"), null);
        }
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = imports.store(brief, file.getOriginalFilename(), content);
        } catch (FileRejectedException e) {
            return page(model, brief, ImportCheck.refused(ImportProblem.of(0, null, e.messageKey(), e.args())), null);
        }
        ImportCheck check = imports.check(brief, stored);
        if (!check.ok() || check.changes().isEmpty()) {
            imports.discard(stored);
            return page(model, brief, check, null);
        }
        return page(model, brief, check, stored);
    }

    /** Runs the import of a checked upload: now when it is small, else as a job whose progress page follows. */
    @PostMapping("/briefs/{briefId}/recommendations/import/confirm")
    String confirm(@PathVariable("briefId") long briefId, @RequestParam(name = "fileId", required = false) String fileId,
            Model model, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Brief brief = imports.brief(briefId, user);
        Optional<StoredFile> file = imports.upload(fileId, user);
        if (file.isEmpty()) {
            return page(model, brief, refused("tracker.import.fileGone"), null);
        }
        ImportCheck check = imports.check(brief, file.get());
        if (!check.ok()) {
            imports.discard(file.get());
            return page(model, brief, check, null);
        }
        if (imports.runsAsJob(check)) {
            UUID job = jobs.submit(ImportJob.TYPE, ImportJob.params(brief, file.get()), user.id());
            return "redirect:/jobs/" + job;
        }
        try {
            ImportResult result = imports.apply(brief, file.get(), (done, total) -> { });
            redirect.addFlashAttribute("result", result);
            return "redirect:/briefs/" + briefId + "/recommendations/import";
        } catch (ImportRefusedException e) {
            return page(model, brief, e.check(), null);
        } catch (StaleRecordException e) {
            return page(model, brief, refused("tracker.import.stale"), file.get());
        } catch (TrackerRuleException e) {
            return page(model, brief, refused(e.messageKey()), null);
        }
    }

    @GetMapping("/briefs/{briefId}/recommendations/import/template")
    ResponseEntity<byte[]> template(@PathVariable("briefId") long briefId,
            @RequestParam(name = "format", defaultValue = "xlsx") String format) throws IOException {
        Brief brief = imports.brief(briefId, CurrentUser.required());
        ImportTemplate.Format chosen = "csv".equalsIgnoreCase(format) ? ImportTemplate.Format.CSV : ImportTemplate.Format.XLSX;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(chosen, brief, LocaleContextHolder.getLocale(), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(chosen.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    private String page(Model model, Brief brief, ImportCheck check, StoredFile file) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("brief", brief);
        model.addAttribute("check", check);
        model.addAttribute("fileId", file == null ? null : file.id());
        model.addAttribute("shown", SHOWN);
        model.addAttribute("columns", Arrays.asList(ImportColumn.values()));
        model.addAttribute("actionTypes", Arrays.asList(ActionType.values()));
        model.addAttribute("priorities", Arrays.asList(Priority.values()));
        model.addAttribute("themes", themes.all().stream().filter(t -> t.active()).toList());
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("inlineRows", properties.inlineRows());
        model.addAttribute("maxMegabytes", properties.maxBytes() / (1024 * 1024));
        model.addAttribute("locale", locale);
        return "tracker/import";
    }

    private static ImportCheck refused(String messageKey) {
        return ImportCheck.refused(ImportProblem.of(0, null, messageKey));
    }
}
