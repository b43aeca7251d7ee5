package kg.kozomol.analysis.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import kg.kozomol.analysis.Analyses;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisAccess;
import kg.kozomol.analysis.AnalysisComputations;
import kg.kozomol.analysis.AnalysisEvidence;
import kg.kozomol.analysis.AnalysisException;
import kg.kozomol.analysis.AnalysisResult;
import kg.kozomol.analysis.Dataset;
import kg.kozomol.analysis.DatasetColumn;
import kg.kozomol.analysis.Estimator;
import kg.kozomol.analysis.ResultText;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;
import kg.kozomol.stats.LonelyPsu;
import kg.kozomol.tables.TableFiles;

/**
 * Defining an analysis (design, estimator, variables), its result table with chart, the exports, and saving the
 * result as a brief's evidence item. A definition the data cannot answer is refused with the engine's reason and
 * not saved.
 */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
class AnalysisController {

    private final AnalysisAccess access;
    private final Analyses analyses;
    private final AnalysisComputations computations;
    private final AnalysisEvidence evidence;
    private final ResultText text;
    private final ResultExports exports;
    private final MessageSource messages;
    private final String baseUrl;

    AnalysisController(AnalysisAccess access, Analyses analyses, AnalysisComputations computations, AnalysisEvidence evidence, ResultText text,
            ResultExports exports, MessageSource messages, @Value("${kozomol.base-url}") String baseUrl) {
        this.access = access;
        this.analyses = analyses;
        this.computations = computations;
        this.evidence = evidence;
        this.text = text;
        this.exports = exports;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("title", "weights", "strata", "clusters", "fpc", "nest", "lonelyPsu", "estimator",
                "variable", "category", "quantile", "denominator", "columnVariable", "domainVariable", "domainVariable2",
                "domainVariable3", "removeMissing", "version");
    }

    @GetMapping("/datasets/{id}/analyses/new")
    String newAnalysis(@PathVariable("id") long id, Model model) {
        Dataset dataset = access.dataset(id, CurrentUser.required());
        return page(model, dataset, null, new AnalysisForm(), null);
    }

    @PostMapping("/datasets/{id}/analyses")
    String create(@PathVariable("id") long id, @Valid @ModelAttribute("form") AnalysisForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Dataset dataset = access.dataset(id, CurrentUser.required());
        if (!check(dataset, form, errors)) {
            return page(model, dataset, null, form, null);
        }
        Analysis created = computations.create(dataset, form.toDefinition());
        redirect.addFlashAttribute("flash", "analysis.saved");
        return "redirect:/analyses/" + created.id();
    }

    @GetMapping("/analyses/{id}")
    String view(@PathVariable("id") long id, Model model) {
        Analysis analysis = access.analysis(id, CurrentUser.required());
        Dataset dataset = access.dataset(analysis.datasetId(), CurrentUser.required());
        AnalysisForm form = AnalysisForm.of(analysis);
        AnalysisResult result = null;
        try {
            result = analyses.result(analysis, dataset).orElse(null);
            model.addAttribute("pending", result == null);
        } catch (AnalysisException e) {
            model.addAttribute("problem", new DatasetController.Problem(e.messageKey(), e.args()));
        }
        return page(model, dataset, analysis, form, result);
    }

    @PostMapping("/analyses/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") AnalysisForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Analysis analysis = access.analysis(id, CurrentUser.required());
        Dataset dataset = access.dataset(analysis.datasetId(), CurrentUser.required());
        if (!check(dataset, form, errors)) {
            return page(model, dataset, analysis, form, null);
        }
        try {
            computations.update(dataset, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDefinition());
        } catch (StaleRecordException e) {
            errors.reject("analysis.stale");
            return page(model, dataset, analysis, form, null);
        }
        redirect.addFlashAttribute("flash", "analysis.saved");
        return "redirect:/analyses/" + id;
    }

    @GetMapping("/analyses/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable("id") long id) {
        Analysis analysis = access.analysis(id, CurrentUser.required());
        return download(exports.csv(analysis, result(analysis), LocaleContextHolder.getLocale()),
                "analysis-" + id + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/analyses/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("id") long id) {
        Analysis analysis = access.analysis(id, CurrentUser.required());
        return download(exports.xlsx(analysis, result(analysis), LocaleContextHolder.getLocale()),
                "analysis-" + id + ".xlsx", MediaType.parseMediaType(TableFiles.XLSX));
    }

    @PostMapping("/analyses/{id}/evidence")
    String saveAsEvidence(@PathVariable("id") long id, @RequestParam(name = "finding", required = false) String finding,
            RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Analysis analysis = access.analysis(id, user);
        String link = UriComponentsBuilder.fromUriString(baseUrl).path("/analyses/{id}").buildAndExpand(id).toUriString();
        try {
            evidence.save(analysis, result(analysis), finding, link, user, LocaleContextHolder.getLocale());
        } catch (AnalysisException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/analyses/" + id;
        }
        redirect.addFlashAttribute("flash", "analysis.evidence.saved");
        return "redirect:/analyses/" + id;
    }

    /** An analysis whose data no longer fits its definition cannot be exported: said in words, not as a 500. */
    @ExceptionHandler(AnalysisException.class)
    ResponseEntity<String> refused(AnalysisException e) {
        return ResponseEntity.unprocessableEntity().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
    }

    /**
     * Whether the definition may be saved; the reasons go to {@code errors}: field checks first, then the engine's
     * refusal (for a large dataset the job reports that).
     */
    private boolean check(Dataset dataset, AnalysisForm form, BindingResult errors) {
        form.check(dataset.columns().stream().map(DatasetColumn::name).collect(Collectors.toSet()), errors);
        if (errors.hasErrors()) {
            return false;
        }
        if (analyses.runsAsJob(dataset)) {
            return true;
        }
        try {
            analyses.run(dataset, form.toDefinition());
            return true;
        } catch (AnalysisException e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return false;
        }
    }

    private AnalysisResult result(Analysis analysis) {
        Dataset dataset = access.dataset(analysis.datasetId(), CurrentUser.required());
        return analyses.result(analysis, dataset).orElseThrow(() -> new AnalysisException("analysis.result.pending"));
    }

    private String page(Model model, Dataset dataset, Analysis analysis, AnalysisForm form, AnalysisResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        KozomolPrincipal user = CurrentUser.required();
        model.addAttribute("study", access.study(dataset.studyId(), user));
        model.addAttribute("dataset", dataset);
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", form);
        model.addAttribute("result", result);
        model.addAttribute("locale", locale);
        model.addAttribute("columns", columns(dataset.columns(), locale));
        model.addAttribute("estimators", options(Estimator.values(), "analysis.estimator.", locale));
        model.addAttribute("lonelyOptions", options(LonelyPsu.values(), "analysis.lonely.", locale));
        if (result != null && analysis != null) {
            model.addAttribute("chart", BarChart.of(analysis.definition(), result, text, locale));
            model.addAttribute("estimand", text.estimand(analysis.definition(), locale));
            model.addAttribute("designText", text.design(result.design(), locale));
            model.addAttribute("text", text);
            model.addAttribute("findings", evidence.findings(dataset.organisationId(), user, locale));
        }
        return "analysis/analysis";
    }

    private List<Option> columns(List<DatasetColumn> columns, Locale locale) {
        return columns.stream().map(c -> new Option(c.name(), c.name() + " ("
                + messages.getMessage("analysis.column." + c.type().name(), null, locale) + ")")).toList();
    }

    private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values).map(v -> new Option(v.name(),
                messages.getMessage(prefix + v.name(), null, locale))).toList();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
