package kg.kozomol.brief.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.BriefActionRefusedException;
import kg.kozomol.brief.BriefAnnexes;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.Findings;
import kg.kozomol.brief.NewEvidence;
import kg.kozomol.brief.Precision;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.platform.CurrentUser;

/** Adding findings to a brief and evidence to a finding. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'ADMIN')")
class FindingController {

    private final BriefAccess access;
    private final Findings findings;
    private final BriefAnnexes files;
    private final BriefChoices choices;

    FindingController(BriefAccess access, Findings findings, BriefAnnexes files, BriefChoices choices) {
        this.access = access;
        this.findings = findings;
        this.files = files;
        this.choices = choices;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("titleRu", "titleKy", "textRu", "textKy", "version", "kind", "title", "content", "url",
                "sourceReference", "unweightedN", "marginOfError", "designEffect");
    }

    @GetMapping("/briefs/{id}/findings/new")
    String findingForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        if (brief.withdrawn()) {
            return refuse(id, redirect);
        }
        return findingPage(model, brief, new FindingForm());
    }

    @PostMapping("/briefs/{id}/findings")
    String addFinding(@PathVariable("id") long id, @Valid @ModelAttribute("form") FindingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        if (!form.hasTitle()) {
            errors.rejectValue("titleRu", "brief.validation.titleRequired");
        }
        if (errors.hasErrors()) {
            return findingPage(model, brief, form);
        }
        try {
            findings.add(id, form.toDraft());
        } catch (BriefActionRefusedException e) {
            return refuse(id, redirect);
        }
        redirect.addFlashAttribute("flash", "brief.finding.added");
        return "redirect:/briefs/" + id + "#findings";
    }

    @GetMapping("/briefs/{id}/findings/{findingId}/edit")
    String editFinding(@PathVariable("id") long id, @PathVariable("findingId") long findingId, Model model,
            RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        if (brief.withdrawn()) {
            return refuse(id, redirect);
        }
        Finding finding = findings.require(id, findingId);
        model.addAttribute("finding", finding);
        return findingPage(model, brief, FindingForm.of(finding));
    }

    @PostMapping("/briefs/{id}/findings/{findingId}")
    String updateFinding(@PathVariable("id") long id, @PathVariable("findingId") long findingId,
            @Valid @ModelAttribute("form") FindingForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        Finding finding = findings.require(id, findingId);
        model.addAttribute("finding", finding);
        if (!form.hasTitle()) {
            errors.rejectValue("titleRu", "brief.validation.titleRequired");
        }
        if (errors.hasErrors()) {
            return findingPage(model, brief, form);
        }
        try {
            findings.update(id, findingId, form.getVersion(), form.toDraft());
        } catch (kg.kozomol.platform.StaleRecordException e) {
            errors.reject("form.stale");
            return findingPage(model, brief, form);
        } catch (BriefActionRefusedException e) {
            return refuse(id, redirect);
        }
        redirect.addFlashAttribute("flash", "brief.finding.saved");
        return "redirect:/briefs/" + id + "#finding-" + findingId;
    }

    @GetMapping("/briefs/{id}/findings/{findingId}/evidence/new")
    String evidenceForm(@PathVariable("id") long id, @PathVariable("findingId") long findingId, Model model,
            RedirectAttributes redirect) {
        Brief brief = access.editable(id, CurrentUser.required());
        if (brief.withdrawn()) {
            return refuse(id, redirect);
        }
        EvidenceForm form = new EvidenceForm();
        form.setKind(EvidenceKind.QUOTE);
        return evidencePage(model, brief, findings.require(id, findingId), form);
    }

    @PostMapping("/briefs/{id}/findings/{findingId}/evidence")
    String addEvidence(@PathVariable("id") long id, @PathVariable("findingId") long findingId,
            @Valid @ModelAttribute("form") EvidenceForm form, BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        Brief brief = access.editable(id, CurrentUser.required());
        Finding finding = findings.require(id, findingId);
        boolean needsFile = form.getKind() == EvidenceKind.PHOTO || form.getKind() == EvidenceKind.DOCUMENT;
        boolean hasFile = file != null && !file.isEmpty();
        if (needsFile && !hasFile) {
            errors.rejectValue("kind", "brief.evidence.fileRequired");
        }
        if (form.getKind() == EvidenceKind.LINK && (form.getUrl() == null || form.getUrl().isBlank())) {
            errors.rejectValue("url", "brief.validation.required");
        }
        if ((form.getKind() == EvidenceKind.QUOTE || form.getKind() == EvidenceKind.TABLE)
                && (form.getContent() == null || form.getContent().isBlank())) {
            errors.rejectValue("content", "brief.validation.required");
        }
        if (errors.hasErrors()) {
            return evidencePage(model, brief, finding, form);
        }
        try {
            UUID fileId = hasFile ? files.store(id, BriefAnnexes.EVIDENCE_PURPOSE, file.getOriginalFilename(),
                    file.getInputStream()).id() : null;
            findings.attach(id, findingId, new NewEvidence(brief.organisationId(), form.getKind(), form.getTitle(),
                    form.getContent(), fileId, form.getUrl(), form.getSourceReference(),
                    new Precision(EvidenceForm.integer(form.getUnweightedN()), EvidenceForm.decimal(form.getMarginOfError()),
                            EvidenceForm.decimal(form.getDesignEffect()))));
        } catch (FileRejectedException e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return evidencePage(model, brief, finding, form);
        } catch (BriefActionRefusedException e) {
            return refuse(id, redirect);
        }
        redirect.addFlashAttribute("flash", "brief.evidence.added");
        return "redirect:/briefs/" + id + "#finding-" + findingId;
    }

    private static String refuse(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", "brief.refused.withdrawn");
        return "redirect:/briefs/" + id;
    }

    private String findingPage(Model model, Brief brief, FindingForm form) {
        model.addAttribute("brief", brief);
        model.addAttribute("form", form);
        return "brief/finding-form";
    }

    private String evidencePage(Model model, Brief brief, Finding finding, EvidenceForm form) {
        model.addAttribute("brief", brief);
        model.addAttribute("finding", finding);
        model.addAttribute("form", form);
        model.addAttribute("kinds", choices.kinds());
        return "brief/evidence-form";
    }
}
