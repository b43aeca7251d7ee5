package kg.kozomol.study.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyPlan;
import kg.kozomol.study.StudyPlans;
import kg.kozomol.study.StudyRuleException;
import kg.kozomol.study.sampling.PlanCalculation;
import kg.kozomol.study.sampling.PlanRules;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Violation;

/**
 * The sampling plan: editors get a form that recalculates on "Recalculate" (and, with htmx, as they type — the
 * same handler then answers with the results fragment only); everyone else who may read the study sees it read-only.
 */
@Controller
class StudyPlanController {

    private final StudyAccess access;
    private final StudyPlans plans;
    private final StudyChoices choices;

    StudyPlanController(StudyAccess access, StudyPlans plans, StudyChoices choices) {
        this.access = access;
        this.plans = plans;
        this.choices = choices;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("estimate", "populationSize", "proportion", "standardDeviation", "confidence", "margin",
                "designEffect", "responseRate", "allocation", "plannedSample", "strata*", "stages*", "domains*", "version");
        binder.setAutoGrowCollectionLimit(PlanRules.MAX_ROWS + PlanForm.BLANK_ROWS + 10);
    }

    @GetMapping("/studies/{id}/plan")
    String show(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Study study = access.readable(id, user);
        StudyPlan stored = plans.find(id).orElse(null);
        PlanCalculation calculation = stored == null || !PlanRules.check(stored.plan()).isEmpty() ? null
                : plans.calculate(stored.plan());
        boolean editable = access.canEdit(study, user) && !study.status().designLocked();
        PlanForm form = stored == null ? new PlanForm() : PlanForm.of(stored.plan(), stored.version());
        return page(model, study, form, calculation, editable, stored);
    }

    @PostMapping("/studies/{id}/plan")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    String submit(@PathVariable("id") long id, @ModelAttribute("form") PlanForm form, BindingResult errors,
            @RequestParam(name = "action", required = false) String action,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Study study = access.editable(id, CurrentUser.required());
        PlanForm.Reading reading = form.read();
        List<Violation> broken = PlanRules.check(reading.plan());
        PlanErrors.reject(errors, reading.unreadable(), broken);
        SamplingPlan plan = reading.plan();
        PlanCalculation calculation = errors.hasErrors() ? null : plans.calculate(plan);
        if (calculation != null && "save".equals(action)) {
            try {
                plans.save(id, form.getVersion(), plan);
                redirect.addFlashAttribute("flash", "study.plan.saved");
                return "redirect:/studies/" + id + "/plan";
            } catch (StaleRecordException e) {
                errors.reject("study.plan.stale");
            } catch (StudyRuleException e) {
                errors.reject(e.messageKey());
            }
        }
        response.setHeader("Vary", "HX-Request");
        if (htmx != null) {
            model.addAttribute("calculation", calculation);
            model.addAttribute("policy", plans.policyGrade());
            return "study/plan :: results";
        }
        return page(model, study, form, calculation, !study.status().designLocked(), plans.find(id).orElse(null));
    }

    private String page(Model model, Study study, PlanForm form, PlanCalculation calculation, boolean editable, StudyPlan stored) {
        if (editable) {
            form.offerBlankRows();
        }
        model.addAttribute("study", study);
        model.addAttribute("form", form);
        model.addAttribute("stored", stored);
        model.addAttribute("calculation", calculation);
        model.addAttribute("policy", plans.policyGrade());
        model.addAttribute("editable", editable);
        model.addAttribute("estimates", choices.estimates());
        model.addAttribute("confidenceLevels", choices.confidenceLevels());
        model.addAttribute("allocations", choices.allocations());
        model.addAttribute("stratumNames", form.stratumNames());
        model.addAttribute("locale", org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return "study/plan";
    }
}
