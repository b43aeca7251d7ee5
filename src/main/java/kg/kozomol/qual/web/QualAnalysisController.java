package kg.kozomol.qual.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.qual.CaseAttribute;
import kg.kozomol.qual.Codebook;
import kg.kozomol.qual.QualAccess;
import kg.kozomol.qual.QualAnalysis;

/** Frequencies, co-occurrence, retrieval of segments by code and attribute, and full-text search of a project. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'CODER')")
class QualAnalysisController {

    private final QualAccess access;
    private final QualAnalysis analysis;
    private final Codebook codebook;

    QualAnalysisController(QualAccess access, QualAnalysis analysis, Codebook codebook) {
        this.access = access;
        this.analysis = analysis;
        this.codebook = codebook;
    }

    @GetMapping("/qual/projects/{id}/analysis")
    String analysis(@PathVariable("id") long id,
            @RequestParam(name = "attribute", required = false, defaultValue = "SEX") CaseAttribute attribute, Model model) {
        model.addAttribute("project", access.member(id, CurrentUser.required()));
        model.addAttribute("codes", codebook.codes(id));
        model.addAttribute("byDocument", analysis.byDocument(id));
        model.addAttribute("attribute", attribute);
        model.addAttribute("attributes", CaseAttribute.values());
        model.addAttribute("byAttribute", analysis.byAttribute(id, attribute));
        model.addAttribute("pairs", analysis.coOccurrence(id));
        return "qual/analysis";
    }

    @GetMapping("/qual/projects/{id}/segments")
    String segments(@PathVariable("id") long id, @RequestParam(name = "code", required = false) Long code,
            @RequestParam(name = "attribute", required = false) CaseAttribute attribute,
            @RequestParam(name = "value", required = false) String value, Model model) {
        kg.kozomol.qual.Project project = access.member(id, CurrentUser.required());
        model.addAttribute("project", project);
        model.addAttribute("lead", project.isLead(CurrentUser.required().id()));
        model.addAttribute("codes", codebook.codes(id));
        model.addAttribute("attributes", CaseAttribute.values());
        model.addAttribute("code", code);
        model.addAttribute("attribute", attribute);
        model.addAttribute("value", value);
        model.addAttribute("segments", code == null ? java.util.List.of() : analysis.segments(id, code, attribute, value));
        return "qual/segments";
    }

    @GetMapping("/qual/projects/{id}/search")
    String search(@PathVariable("id") long id, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("project", access.member(id, CurrentUser.required()));
        model.addAttribute("q", q);
        model.addAttribute("hits", analysis.search(id, q));
        return "qual/search";
    }
}
