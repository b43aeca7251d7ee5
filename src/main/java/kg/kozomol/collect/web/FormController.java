package kg.kozomol.collect.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormVersion;
import kg.kozomol.collect.Forms;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.study.StudyAccess;

/** One form: its versions, each downloadable as the uploaded workbook or as the XForm phones receive. */
@Controller
class FormController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StudyAccess access;
    private final FillAccess fillAccess;
    private final Forms forms;

    FormController(StudyAccess access, FillAccess fillAccess, Forms forms) {
        this.access = access;
        this.fillAccess = fillAccess;
        this.forms = forms;
    }

    @GetMapping("/collect/forms/{formId}")
    String form(@PathVariable long formId, Model model) {
        CollectForm form = readable(formId);
        model.addAttribute("form", form);
        model.addAttribute("versions", forms.versions(formId));
        model.addAttribute("model", forms.model(form.currentVersionId()));
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("canFill", fillAccess.canFill(access.readable(form.studyId(), user), user));
        model.addAttribute("canImport", (user.hasRole(Role.RESEARCHER) || user.hasRole(Role.COORDINATOR))
                && access.canEdit(access.readable(form.studyId(), user), user));
        return "collect/form";
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
