package kg.kozomol.collect.web;

import java.io.IOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.AppUsers;
import kg.kozomol.collect.Consents;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.ImportedForm;
import kg.kozomol.collect.xlsform.XlsFormFileException;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/** A study's forms: the list, uploading an XLSForm (new form or new version) with its problems shown cell by cell. */
@Controller
class StudyFormsController {

    /** An XLSForm is a few hundred kilobytes; anything this large is not one. */
    static final long MAX_XLSX_BYTES = 10L * 1024 * 1024;

    private final StudyAccess access;
    private final Forms forms;
    private final AppUsers appUsers;
    private final Consents consents;
    private final FormMedia media;

    StudyFormsController(StudyAccess access, Forms forms, AppUsers appUsers, Consents consents, FormMedia media) {
        this.consents = consents;
        this.media = media;
        this.access = access;
        this.forms = forms;
        this.appUsers = appUsers;
    }

    @GetMapping("/collect/studies/{studyId}")
    String study(@PathVariable long studyId, Model model) {
        Study study = access.readable(studyId, CurrentUser.required());
        return page(study, model, List.of(), null);
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/studies/{studyId}/forms")
    String upload(@PathVariable long studyId, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        KozomolPrincipal user = CurrentUser.required();
        Study study = access.editable(studyId, user);
        String fileError = null;
        if (file == null || file.isEmpty()) {
            fileError = "collect.file.missing";
        } else if (file.getSize() > MAX_XLSX_BYTES) {
            fileError = "collect.file.tooLarge";
        } else {
            try {
                ImportedForm imported = forms.upload(studyId, file.getOriginalFilename(), file.getBytes(), user);
                if (imported.valid()) {
                    // As ODK Central, a form may come before its media: it is stored, and the missing files are named.
                    boolean missing = forms.byXmlFormId(studyId, imported.model().formId())
                            .map(form -> !media.missing(form.id(), imported.model()).isEmpty()).orElse(false);
                    redirect.addFlashAttribute("flash", missing ? "collect.form.uploadedMissingMedia" : "collect.form.uploaded");
                    return "redirect:/collect/studies/" + studyId;
                }
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return page(study, model, imported.problems(), null);
            } catch (XlsFormFileException e) {
                fileError = "collect.file." + e.code();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(study, model, List.of(), fileError);
    }

    private String page(Study study, Model model, List<kg.kozomol.collect.FormProblem> problems, String fileError) {
        KozomolPrincipal user = CurrentUser.required();
        boolean canEdit = access.canEdit(study, user);
        model.addAttribute("study", study);
        model.addAttribute("studyTitle", study.title(LocaleContextHolder.getLocale()));
        model.addAttribute("forms", forms.ofStudy(study.id()));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("appUsers", canEdit ? appUsers.ofStudy(study.id()) : List.of());
        model.addAttribute("problems", problems);
        model.addAttribute("fileError", fileError);
        model.addAttribute("consents", consents.ofStudy(study.id()));
        return "collect/study";
    }
}
