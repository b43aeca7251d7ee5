package kg.kozomol.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
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
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.programme.Evaluation;
import kg.kozomol.programme.EvaluationAccess;
import kg.kozomol.programme.EvaluationCriterion;
import kg.kozomol.programme.EvaluationRecommendation;
import kg.kozomol.programme.EvaluationReports;
import kg.kozomol.programme.Evaluations;
import kg.kozomol.programme.ManagementResponses;
import kg.kozomol.programme.ProgrammeRuleException;
import kg.kozomol.programme.Programmes;
import kg.kozomol.programme.ReportStage;
import kg.kozomol.programme.Stance;
import kg.kozomol.tracker.Recommendations;

/**
 * The evaluation report after the consensus: recommendations, the owner body's factual-accuracy comments and their
 * resolution, the coordinator moving the report on, and the owner body's management response per recommendation.
 */
@Controller
class ReportController {

    private final Evaluations evaluations;
    private final EvaluationAccess access;
    private final EvaluationReports reports;
    private final ManagementResponses responses;
    private final Programmes programmes;
    private final Recommendations trackerRecommendations;

    ReportController(Evaluations evaluations, EvaluationAccess access, EvaluationReports reports, ManagementResponses responses,
            Programmes programmes, Recommendations trackerRecommendations) {
        this.evaluations = evaluations;
        this.access = access;
        this.reports = reports;
        this.responses = responses;
        this.programmes = programmes;
        this.trackerRecommendations = trackerRecommendations;
    }

    @InitBinder("responseForm")
    void responseFields(WebDataBinder binder) {
        binder.setAllowedFields("stance", "reasons", "actions*", "version");
        binder.setAutoGrowCollectionLimit(40);
    }

    @GetMapping("/evaluations/{id}/report")
    String report(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.readable(id, user);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("programme", programmes.require(evaluation.programmeId()));
        model.addAttribute("report", reports.report(id));
        model.addAttribute("criteria", evaluations.criteria(id));
        model.addAttribute("criteriaById", evaluations.criteria(id).stream()
                .collect(Collectors.toMap(EvaluationCriterion::id, c -> c)));
        model.addAttribute("recommendations", reports.recommendations(id));
        model.addAttribute("tracked", trackerRecommendations.ofEvaluation(id));
        model.addAttribute("comments", reports.comments(id));
        model.addAttribute("drafts", reports.drafts(evaluation, user));
        model.addAttribute("manages", access.manages(user));
        model.addAttribute("answers", reports.answersFor(evaluation, user));
        model.addAttribute("today", reports.today());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/report";
    }

    @PostMapping("/evaluations/{id}/report/recommendations")
    @PreAuthorize("hasAnyRole('EXPERT', 'COORDINATOR', 'ADMIN')")
    String addRecommendation(@PathVariable("id") long id, @RequestParam(name = "textRu", required = false) String textRu,
            @RequestParam(name = "textKy", required = false) String textKy, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.readable(id, user);
        return outcome(id, redirect, "programme.report.recommendationAdded",
                () -> reports.addRecommendation(id, textRu, textKy, user));
    }

    @PostMapping("/evaluations/{id}/report/stage")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String advance(@PathVariable("id") long id, @RequestParam(name = "stage", required = false) String stage,
            @RequestParam(name = "responseDue", required = false) String responseDue,
            @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        ReportStage to = Numbers.code(ReportStage.class, stage);
        Integer expected = Numbers.version(version);
        return outcome(id, redirect, "programme.report.advanced", () -> {
            if (to == null) {
                throw new ProgrammeRuleException(null, "programme.report.refused.stage");
            }
            reports.advance(id, expected == null ? -1 : expected, to, date(responseDue), user);
        });
    }

    @PostMapping("/evaluations/{id}/report/comments")
    @PreAuthorize("hasRole('STATE_FOCAL_POINT')")
    String comment(@PathVariable("id") long id, @RequestParam(name = "criterionId", required = false) String criterionId,
            @RequestParam(name = "body", required = false) String body, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.readable(id, user);
        return outcome(id, redirect, "programme.report.commented", () -> reports.comment(id, Numbers.id(criterionId), body, user));
    }

    @PostMapping("/evaluations/{id}/report/comments/{commentId}/resolution")
    @PreAuthorize("hasAnyRole('EXPERT', 'COORDINATOR', 'ADMIN')")
    String resolve(@PathVariable("id") long id, @PathVariable("commentId") long commentId,
            @RequestParam(name = "resolution", required = false) String resolution,
            @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        access.readable(id, user);
        Integer expected = Numbers.version(version);
        return outcome(id, redirect, "programme.report.resolved",
                () -> reports.resolve(id, commentId, expected == null ? -1 : expected, resolution, user));
    }

    @GetMapping("/evaluations/{id}/recommendations/{recommendationId}/response")
    @PreAuthorize("hasRole('STATE_FOCAL_POINT')")
    String responseForm(@PathVariable("id") long id, @PathVariable("recommendationId") long recommendationId, Model model) {
        Evaluation evaluation = answerable(id);
        EvaluationRecommendation recommendation = reports.recommendation(id, recommendationId);
        return responsePage(model, evaluation, recommendation, ResponseForm.of(recommendation));
    }

    @PostMapping("/evaluations/{id}/recommendations/{recommendationId}/response")
    @PreAuthorize("hasRole('STATE_FOCAL_POINT')")
    String respond(@PathVariable("id") long id, @PathVariable("recommendationId") long recommendationId,
            @ModelAttribute("responseForm") ResponseForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Evaluation evaluation = answerable(id);
        EvaluationRecommendation recommendation = reports.recommendation(id, recommendationId);
        form.padded();
        ProgrammeChoices.reject(errors, responses.problems(form.input(), new java.util.ArrayList<>()));
        if (!errors.hasErrors()) {
            try {
                EvaluationRecommendation saved = responses.respond(id, recommendationId, form.input(), CurrentUser.required());
                redirect.addFlashAttribute("flash", saved.late() ? "programme.response.savedLate" : "programme.response.saved");
                return "redirect:/evaluations/" + id + "/report#recommendation-" + recommendationId;
            } catch (ProgrammeRuleException e) {
                ProgrammeChoices.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("programme.stale");
            }
        }
        return responsePage(model, evaluation, recommendation, form);
    }

    /** Another body's focal point is told the evaluation does not exist; only the owner body's answer. */
    private Evaluation answerable(long id) {
        KozomolPrincipal user = CurrentUser.required();
        Evaluation evaluation = access.readable(id, user);
        if (!reports.answersFor(evaluation, user)) {
            throw new AccessDeniedException("not a focal point of the owner body");
        }
        return evaluation;
    }

    private String responsePage(Model model, Evaluation evaluation, EvaluationRecommendation recommendation, ResponseForm form) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("report", reports.report(evaluation.id()));
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("responseForm", form);
        model.addAttribute("stances", Stance.values());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "programme/response";
    }

    private static String outcome(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "programme.stale");
        }
        return "redirect:/evaluations/" + id + "/report";
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
