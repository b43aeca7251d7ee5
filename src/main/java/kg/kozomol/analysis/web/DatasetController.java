package kg.kozomol.analysis.web;

import java.io.IOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisAccess;
import kg.kozomol.analysis.AnalysisException;
import kg.kozomol.analysis.AnalysisProperties;
import kg.kozomol.analysis.Analyses;
import kg.kozomol.analysis.Dataset;
import kg.kozomol.analysis.Datasets;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.Forms;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.study.Study;

/**
 * A study's datasets: the list with their analyses, uploading one or taking one from a form's submissions, and one
 * dataset's columns.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
class DatasetController {

    private final AnalysisAccess access;
    private final Datasets datasets;
    private final Analyses analyses;
    private final AnalysisProperties properties;
    private final Forms forms;

    DatasetController(AnalysisAccess access, Datasets datasets, Analyses analyses, AnalysisProperties properties,
            Forms forms) {
        this.access = access;
        this.forms = forms;
        this.datasets = datasets;
        this.analyses = analyses;
        this.properties = properties;
    }

    @GetMapping("/studies/{id}/datasets")
    String list(@PathVariable("id") long id, Model model) {
        return listPage(model, access.study(id, CurrentUser.required()), null);
    }

    @PostMapping("/studies/{id}/datasets")
    String upload(@PathVariable("id") long id, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        Study study = access.study(id, CurrentUser.required());
        if (file == null || file.isEmpty()) {
            return listPage(model, study, new Problem("analysis.dataset.file.none", new Object[0]));
        }
        if (name != null && name.length() > 300) {
            return listPage(model, study, new Problem("analysis.validation.tooLong", new Object[0]));
        }
        Dataset dataset;
        try {
            dataset = datasets.upload(study, name, file.getOriginalFilename(), file.getInputStream());
        } catch (FileRejectedException e) {
            return listPage(model, study, new Problem(e.messageKey(), e.args()));
        } catch (AnalysisException e) {
            return listPage(model, study, new Problem(e.messageKey(), e.args()));
        }
        redirect.addFlashAttribute("flash", "analysis.dataset.uploaded");
        return "redirect:/datasets/" + dataset.id();
    }

    @PostMapping("/studies/{id}/datasets/submissions")
    String fromSubmissions(@PathVariable("id") long id, @RequestParam(name = "form", required = false) Long formId,
            Model model, RedirectAttributes redirect) {
        Study study = access.study(id, CurrentUser.required());
        CollectForm form = formId == null ? null : forms.find(formId).filter(f -> f.studyId() == study.id()).orElse(null);
        if (form == null) {
            return submissionsRefused(model, study, new Problem("analysis.submissions.noSuchForm", new Object[0]));
        }
        Dataset dataset;
        try {
            dataset = datasets.fromSubmissions(study, form);
        } catch (FileRejectedException e) {
            return submissionsRefused(model, study, new Problem(e.messageKey(), e.args()));
        } catch (AnalysisException e) {
            return submissionsRefused(model, study, new Problem(e.messageKey(), e.args()));
        }
        redirect.addFlashAttribute("flash", "analysis.submissions.taken");
        return "redirect:/datasets/" + dataset.id();
    }

    @GetMapping("/datasets/{id}")
    String view(@PathVariable("id") long id, Model model) {
        Dataset dataset = access.dataset(id, CurrentUser.required());
        model.addAttribute("dataset", dataset);
        model.addAttribute("study", access.study(dataset.studyId(), CurrentUser.required()));
        model.addAttribute("analyses", analyses.ofDataset(id));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "analysis/dataset";
    }

    private String submissionsRefused(Model model, Study study, Problem problem) {
        model.addAttribute("submissionsProblem", problem);
        return listPage(model, study, null);
    }

    private String listPage(Model model, Study study, Problem problem) {
        model.addAttribute("study", study);
        model.addAttribute("canEdit", true);
        model.addAttribute("datasets", datasets.ofStudy(study.id()).stream()
                .map(d -> new DatasetAnalyses(d, analyses.ofDataset(d.id()))).toList());
        model.addAttribute("forms", forms.ofStudy(study.id()));
        model.addAttribute("problem", problem);
        model.addAttribute("maxMegabytes", properties.maxBytes() / (1024 * 1024));
        model.addAttribute("maxRows", properties.maxRows());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "analysis/datasets";
    }

    record DatasetAnalyses(Dataset dataset, List<Analysis> analyses) {}

    /** A refusal to show above the form: a message key and its arguments. */
    record Problem(String key, Object[] args) {}
}
