package kg.kozomol.qual.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.qual.AgreementUnit;
import kg.kozomol.qual.Codebook;
import kg.kozomol.qual.Project;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.QualAgreement;
import kg.kozomol.qual.QualRefusedException;

/** Inter-coder agreement per code and, for one code, the units the coders judged differently. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualAgreementController {

    private final QualAccess access;
    private final QualAgreement agreement;
    private final Codebook codebook;

    QualAgreementController(QualAccess access, QualAgreement agreement, Codebook codebook) {
        this.access = access;
        this.agreement = agreement;
        this.codebook = codebook;
    }

    @GetMapping("/qual/projects/{id}/agreement")
    String agreement(@PathVariable("id") long id, @RequestParam(name = "coder", required = false) List<Long> coders,
            @RequestParam(name = "unit", required = false, defaultValue = "TURNS") AgreementUnit unit,
            @RequestParam(name = "code", required = false) List<Long> codes, Model model) {
        Project project = form(id, coders, unit, model);
        model.addAttribute("chosenCodes", codes == null ? List.of() : codes);
        try {
            model.addAttribute("result", agreement.compute(project, coders, unit, codes));
        } catch (QualRefusedException e) {
            model.addAttribute("refused", e.messageKey());
        }
        return "qual/agreement";
    }

    @GetMapping("/qual/projects/{id}/agreement/disagreements")
    String disagreements(@PathVariable("id") long id, @RequestParam(name = "coder", required = false) List<Long> coders,
            @RequestParam(name = "unit", required = false, defaultValue = "TURNS") AgreementUnit unit,
            @RequestParam(name = "code", required = false) Long code, Model model) {
        Project project = form(id, coders, unit, model);
        if (code == null) {
            return "redirect:/qual/projects/" + id + "/agreement";
        }
        model.addAttribute("code", codebook.find(code).filter(c -> c.projectId() == id).orElse(null));
        try {
            model.addAttribute("disagreements", agreement.disagreements(project, coders, unit, code));
            model.addAttribute("result", agreement.compute(project, coders, unit, List.of(code)));
        } catch (QualRefusedException e) {
            model.addAttribute("refused", e.messageKey());
        }
        return "qual/disagreements";
    }

    private Project form(long id, List<Long> coders, AgreementUnit unit, Model model) {
        Project project = access.member(id, CurrentUser.required());
        model.addAttribute("project", project);
        model.addAttribute("codes", codebook.codes(id));
        model.addAttribute("units", AgreementUnit.values());
        model.addAttribute("unit", unit);
        model.addAttribute("chosenCoders", coders == null ? List.of() : coders);
        return project;
    }
}
