package kg.kozomol.programme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.analysis.Analysis;
import kg.kozomol.analysis.AnalysisDesigns;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;
import kg.kozomol.programme.Indicator;
import kg.kozomol.programme.MonitoringRound;
import kg.kozomol.programme.MonitoringRounds;
import kg.kozomol.programme.Programme;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ResultsFramework;
import kg.kozomol.programme.RoundComparisons;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.RecommendationSummary;
import kg.kozomol.tracker.Recommendations;

/**
 * Re-monitoring rounds: CSO staff (researchers, field monitors, coordinators) open a round, record what became of
 * each recommendation and compute each indicator's before/after from saved analyses. Every signed-in user reads.
 */
@Controller
class RoundController {

    private static final String CSO = "hasAnyRole('RESEARCHER', 'FIELD_MONITOR', 'COORDINATOR', 'ADMIN')";

    private final MonitoringRounds rounds;
    private final RoundComparisons comparisons;
    private final Programmes programmes;
    private final ResultsFramework framework;
    private final Recommendations recommendations;
    private final AnalysisDesigns analyses;
    private final ProgrammeChoices choices;

    RoundController(MonitoringRounds rounds, RoundComparisons comparisons, Programmes programmes,
            ResultsFramework framework, Recommendations recommendations, AnalysisDesigns analyses,
            ProgrammeChoices choices) {
        this.rounds = rounds;
        this.comparisons = comparisons;
        this.programmes = programmes;
        this.framework = framework;
        this.recommendations = recommendations;
        this.analyses = analyses;
        this.choices = choices;
    }

    @InitBinder("roundForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("title", "studyId", "previousStudyId", "previousRoundId", "instrumentNote",
                "frameNote", "overlapping", "recommendations", "indicatorIds");
    }

    @GetMapping("/programmes/{id}/rounds/new")
    @PreAuthorize(CSO)
    String createForm(@PathVariable("id") long id, Model model) {
        return form(model, programmes.require(id), new RoundForm());
    }

    @PostMapping("/programmes/{id}/rounds")
    @PreAuthorize(CSO)
    String create(@PathVariable("id") long id, @ModelAttribute("roundForm") RoundForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Programme programme = programmes.require(id);
        Map<String, Recommendation> found = recommendations.byReferences(form.references());
        if (found.size() < form.references().size()) {
            errors.rejectValue("recommendations", "programme.round.validation.recommendation");
            return form(model, programme, form);
        }
        try {
            List<Long> ids = found.values().stream().map(Recommendation::id).toList();
            MonitoringRound created = rounds.create(id, form.toDraft(ids), CurrentUser.required(), false);
            redirect.addFlashAttribute("flash", "programme.round.created");
            return "redirect:/rounds/" + created.id();
        } catch (ProgrammeRuleException e) {
            ProgrammeChoices.reject(errors, e);
            return form(model, programme, form);
        }
    }

    @GetMapping("/rounds/{id}")
    String view(@PathVariable("id") long id, Model model) {
        MonitoringRound round = rounds.require(id);
        Programme programme = programmes.require(round.programmeId());
        List<Long> ids = rounds.recommendations(id).stream().map(r -> r.recommendationId()).toList();
        model.addAttribute("round", round);
        model.addAttribute("programme", programme);
        model.addAttribute("progress", rounds.recommendations(id));
        model.addAttribute("recommendationTexts", recommendations.byIds(ids).stream()
                .collect(java.util.stream.Collectors.toMap(RecommendationSummary::id, r -> r)));
        model.addAttribute("comparisons", rounds.indicators(id));
        model.addAttribute("indicatorNames", indicatorNames(round.programmeId()));
        model.addAttribute("completions", choices.options(Completion.values()));
        model.addAttribute("beforeAnalyses", options(analyses.ofStudy(round.previousStudyId())));
        model.addAttribute("afterAnalyses", options(analyses.ofStudy(round.studyId())));
        model.addAttribute("canMonitor", canMonitor(CurrentUser.required()));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/round";
    }

    @PostMapping("/rounds/{id}/recommendations/{recommendationId}")
    @PreAuthorize(CSO)
    String progress(@PathVariable("id") long id, @PathVariable("recommendationId") long recommendationId,
            @RequestParam(name = "completion", required = false) String completion,
            @RequestParam(name = "effect", required = false) String effect,
            @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        Integer expected = Numbers.version(version);
        try {
            rounds.recordProgress(id, recommendationId, expected == null ? -1 : expected,
                    Numbers.code(Completion.class, completion), effect, CurrentUser.required());
            redirect.addFlashAttribute("flash", "programme.round.progressSaved");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "programme.stale");
        }
        return "redirect:/rounds/" + id + "#recommendations";
    }

    @PostMapping("/rounds/{id}/indicators/{indicatorId}")
    @PreAuthorize(CSO)
    String compare(@PathVariable("id") long id, @PathVariable("indicatorId") long indicatorId,
            @RequestParam(name = "beforeAnalysisId", required = false) String beforeId,
            @RequestParam(name = "afterAnalysisId", required = false) String afterId,
            @RequestParam(name = "beforeLevel", required = false) String beforeLevel,
            @RequestParam(name = "afterLevel", required = false) String afterLevel,
            @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        MonitoringRound round = rounds.require(id);
        Integer expected = Numbers.version(version);
        try {
            Analysis before = analysis(round.overlapping() ? round.studyId() : round.previousStudyId(), beforeId);
            Analysis after = round.overlapping() ? null : analysis(round.studyId(), afterId);
            comparisons.compare(round, indicatorId, expected == null ? -1 : expected, before, after, beforeLevel,
                    afterLevel);
            redirect.addFlashAttribute("flash", "programme.round.compared");
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "programme.stale");
        }
        return "redirect:/rounds/" + id + "#indicators";
    }

    /** Whether the user records a round's findings: the same roles as {@link #CSO}. */
    static boolean canMonitor(KozomolPrincipal user) {
        return user.hasRole(Role.RESEARCHER) || user.hasRole(Role.FIELD_MONITOR) || user.hasRole(Role.COORDINATOR)
                || user.hasRole(Role.ADMIN);
    }

    /** One of the study's saved analyses; any other number is refused, not looked up elsewhere. */
    private Analysis analysis(long studyId, String id) {
        Long wanted = Numbers.id(id);
        return analyses.ofStudy(studyId).stream().filter(a -> wanted != null && a.id() == wanted).findFirst()
                .orElseThrow(() -> new ProgrammeRuleException("beforeAnalysisId", "programme.round.validation.analyses"));
    }

    private static List<Option> options(List<Analysis> list) {
        return list.stream().map(a -> new Option(Long.toString(a.id()),
                a.definition().title() + " (" + a.definition().variable() + ")")).toList();
    }

    private Map<Long, String> indicatorNames(long programmeId) {
        Map<Long, String> names = new java.util.HashMap<>();
        framework.indicators(programmeId).values().forEach(list -> list.forEach(i -> names.put(i.id(), i.nameRu())));
        return names;
    }

    private String form(Model model, Programme programme, RoundForm form) {
        List<Indicator> indicators = new ArrayList<>();
        framework.indicators(programme.id()).values().forEach(indicators::addAll);
        model.addAttribute("programme", programme);
        model.addAttribute("roundForm", form);
        model.addAttribute("indicators", indicators);
        model.addAttribute("previousRounds", rounds.ofProgramme(programme.id()).stream()
                .map(r -> new Option(Long.toString(r.id()), r.title())).toList());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/round-form";
    }
}
