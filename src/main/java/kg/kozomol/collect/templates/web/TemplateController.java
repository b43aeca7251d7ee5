package kg.kozomol.collect.templates.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.ImportedForm;
import kg.kozomol.collect.templates.SchoolAuditTemplate;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.study.StudyAccess;

/** "Start from a template": installs a built-in form in a study through the same reader and checks as an upload. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
class TemplateController {

    private final StudyAccess access;
    private final Forms forms;

    TemplateController(StudyAccess access, Forms forms) {
        this.access = access;
        this.forms = forms;
    }

    @PostMapping("/collect/studies/{studyId}/forms/template")
    String install(@PathVariable long studyId, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.editable(studyId, user);
        ImportedForm installed = forms.upload(studyId, SchoolAuditTemplate.FILE_NAME, SchoolAuditTemplate.workbook(), user);
        redirect.addFlashAttribute("flash", installed.valid() ? "collect.template.installed" : "collect.template.present");
        return "redirect:/collect/studies/" + studyId;
    }
}
