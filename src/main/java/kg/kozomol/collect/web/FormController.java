package kg.kozomol.collect.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import jakarta.servlet.http.HttpServletResponse;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.FormVersion;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.MediaFile;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.StudyAccess;

/**
 * One form: its versions, each downloadable as the uploaded workbook or as the XForm phones receive, and the media
 * files its owners attach for phones to download with it.
 */
@Controller
class FormController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StudyAccess access;
    private final FillAccess fillAccess;
    private final Forms forms;
    private final FormMedia media;

    FormController(StudyAccess access, FillAccess fillAccess, Forms forms, FormMedia media) {
        this.access = access;
        this.fillAccess = fillAccess;
        this.forms = forms;
        this.media = media;
    }

    @GetMapping("/collect/forms/{formId}")
    String form(@PathVariable long formId, Model model) {
        return page(readable(formId), model, null, new Object[0]);
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/forms/{formId}/media")
    String attach(@PathVariable long formId, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        CollectForm form = editable(formId);
        try {
            if (file == null || file.isEmpty()) {
                throw new FileRejectedException("collect.media.missing");
            }
            if (file.getSize() > FormMedia.MAX_BYTES) {
                throw new FileRejectedException("collect.media.tooLarge", FormMedia.MAX_BYTES / (1024 * 1024));
            }
            MediaFile attached = media.attach(formId, file.getOriginalFilename(), file.getBytes(), CurrentUser.required());
            redirect.addFlashAttribute("flash", "collect.media.attached");
            redirect.addFlashAttribute("attachedName", attached.name());
            return "redirect:/collect/forms/" + formId;
        } catch (FileRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(form, model, e.messageKey(), e.args());
        }
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    @PostMapping("/collect/forms/{formId}/media/{mediaId}/delete")
    String detach(@PathVariable long formId, @PathVariable long mediaId, RedirectAttributes redirect) {
        editable(formId);
        media.remove(formId, mediaId);
        redirect.addFlashAttribute("flash", "collect.media.removed");
        return "redirect:/collect/forms/" + formId;
    }

    @GetMapping("/collect/forms/{formId}/media/{mediaId}")
    ResponseEntity<byte[]> mediaFile(@PathVariable long formId, @PathVariable long mediaId) {
        readable(formId);
        MediaFile file = media.of(formId).stream().filter(m -> m.id() == mediaId).findFirst()
                .orElseThrow(() -> new NotFoundException("media " + mediaId));
        return download(media.content(file.id()), MediaType.parseMediaType(file.contentType()), file.name());
    }

    private String page(CollectForm form, Model model, String mediaError, Object[] mediaErrorArgs) {
        model.addAttribute("form", form);
        model.addAttribute("versions", forms.versions(form.id()));
        FormModel current = forms.model(form.currentVersionId());
        model.addAttribute("model", current);
        model.addAttribute("missingMedia", media.missing(form.id(), current));
        KozomolPrincipal user = CurrentUser.required();
        boolean owner = (user.hasRole(Role.RESEARCHER) || user.hasRole(Role.COORDINATOR))
                && access.canEdit(access.readable(form.studyId(), user), user);
        model.addAttribute("canFill", fillAccess.canFill(access.readable(form.studyId(), user), user));
        model.addAttribute("canImport", owner);
        model.addAttribute("canAttach", owner);
        model.addAttribute("media", media.of(form.id()));
        model.addAttribute("maxMediaMegabytes", FormMedia.MAX_BYTES / (1024 * 1024));
        model.addAttribute("mediaError", mediaError);
        model.addAttribute("mediaErrorArgs", mediaErrorArgs);
        return "collect/form";
    }

    private CollectForm editable(long formId) {
        CollectForm form = readable(formId);
        access.editable(form.studyId(), CurrentUser.required());
        return form;
    }

    @GetMapping("/collect/forms/{formId}/versions/{versionId}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long formId, @PathVariable long versionId) {
        FormVersion version = version(formId, versionId);
        return download(forms.xlsx(version.id()), XLSX, version.xlsxName());
    }

    @GetMapping("/collect/forms/{formId}/versions/{versionId}/xml")
    ResponseEntity<byte[]> xml(@PathVariable long formId, @PathVariable long versionId) {
        FormVersion version = version(formId, versionId);
        CollectForm form = readable(formId);
        return download(forms.xform(version.id()), MediaType.APPLICATION_XML,
                form.xmlFormId() + "-" + version.formVersion() + ".xml");
    }

    private CollectForm readable(long formId) {
        CollectForm form = forms.find(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        access.readable(form.studyId(), CurrentUser.required());
        return form;
    }

    private FormVersion version(long formId, long versionId) {
        readable(formId);
        return forms.versions(formId).stream().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow(() -> new NotFoundException("form version " + versionId));
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
