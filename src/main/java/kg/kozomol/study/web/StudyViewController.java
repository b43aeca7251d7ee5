package kg.kozomol.study.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.study.Studies;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;
import kg.kozomol.study.StudyPlans;
import kg.kozomol.study.StudyRuleException;
import kg.kozomol.study.StudyStatus;
import kg.kozomol.study.sampling.PlanRules;

/** A study's page: its design, the plan in brief, the endorsements and the review history; and the status buttons. */
@Controller
class StudyViewController {

    private final Studies studies;
    private final StudyAccess access;
    private final StudyPlans plans;
    private final ReviewPage reviewPage;

    StudyViewController(Studies studies, StudyAccess access, StudyPlans plans, ReviewPage reviewPage) {
        this.studies = studies;
        this.access = access;
        this.plans = plans;
        this.reviewPage = reviewPage;
    }

    @GetMapping("/studies/{id}")
    String view(@PathVariable("id") long id, Model model) {
        KozomolPrincipal user = CurrentUser.required();
        Study study = access.readable(id, user);
        reviewPage.common(model, study, user);
        model.addAttribute("calculation", plans.find(id).map(p -> p.plan())
                .filter(p -> PlanRules.check(p).isEmpty()).map(plans::calculate).orElse(null));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "study/view";
    }

    @PostMapping("/studies/{id}/status")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR')")
    String move(@PathVariable("id") long id, @RequestParam(name = "target", required = false) StudyStatus target,
            @RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
        Study study = access.editable(id, CurrentUser.required());
        try {
            Study moved = studies.move(id, version == null ? study.version() : version, target);
            redirect.addFlashAttribute("flash", "study.moved." + moved.status().name());
        } catch (StudyRuleException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("refused", "study.stale");
        }
        return "redirect:/studies/" + id;
    }
}
