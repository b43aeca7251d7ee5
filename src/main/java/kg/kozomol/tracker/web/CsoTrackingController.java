package kg.kozomol.tracker.web;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.Timeline;
import kg.kozomol.tracker.TrackerAccess;
import kg.kozomol.tracker.TrackerRuleException;

/** What the issuing CSO does after release: independent assessments and, with coordinators, deadline revisions. */
@Controller
class CsoTrackingController {

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final Timeline timeline;
    private final TrackerAccess access;

    CsoTrackingController(Recommendations recommendations, Addressees addressees, Timeline timeline, TrackerAccess access) {
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.timeline = timeline;
        this.access = access;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("occurredOn", "completion", "effect", "confidence", "method", "text", "evidenceUrl",
                "newDate", "reason");
    }

    @GetMapping("/recommendations/{id}/bodies/{addresseeId}/assessment")
    @PreAuthorize("hasRole('RESEARCHER')")
    String assessmentForm(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId, Model model) {
        Addressee addressee = asAuthor(id, addresseeId);
        return StateResponseController.entryPage(model, "assessment", id, addressee, new EntryForm(), null);
    }

    @PostMapping("/recommendations/{id}/bodies/{addresseeId}/assessment")
    @PreAuthorize("hasRole('RESEARCHER')")
    String saveAssessment(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId,
            @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Addressee addressee = asAuthor(id, addresseeId);
        if (!errors.hasErrors()) {
            try {
                timeline.assess(addressee.id(), form.toAssessment());
                redirect.addFlashAttribute("flash", "tracker.assessment.saved");
                return "redirect:/recommendations/" + id + "#body-" + addressee.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            }
        }
        return StateResponseController.entryPage(model, "assessment", id, addressee, form, null);
    }

    @GetMapping("/recommendations/{id}/bodies/{addresseeId}/deadline")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
    String deadlineForm(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId, Model model) {
        Addressee addressee = mayReviseDeadline(id, addresseeId);
        EntryForm form = new EntryForm();
        form.setNewDate(addressee.dueDate());
        return StateResponseController.entryPage(model, "deadline", id, addressee, form, null);
    }

    @PostMapping("/recommendations/{id}/bodies/{addresseeId}/deadline")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
    String saveDeadline(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId,
            @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Addressee addressee = mayReviseDeadline(id, addresseeId);
        if (!errors.hasErrors()) {
            try {
                timeline.reviseDeadline(addressee.id(), form.getNewDate(), form.getReason());
                redirect.addFlashAttribute("flash", "tracker.deadline.saved");
                return "redirect:/recommendations/" + id + "#body-" + addressee.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            }
        }
        return StateResponseController.entryPage(model, "deadline", id, addressee, form, null);
    }

    private Addressee asAuthor(long recommendationId, long addresseeId) {
        Recommendation recommendation = recommendations.require(recommendationId);
        access.requireAuthor(CurrentUser.required(), recommendation);
        return released(recommendation, addresseeId);
    }

    private Addressee mayReviseDeadline(long recommendationId, long addresseeId) {
        KozomolPrincipal user = CurrentUser.required();
        Recommendation recommendation = access.visible(user, recommendations.require(recommendationId));
        if (!access.isAuthor(user, recommendation) && !user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("not an author or coordinator");
        }
        return released(recommendation, addresseeId);
    }

    private Addressee released(Recommendation recommendation, long addresseeId) {
        if (!recommendation.released()) {
            throw new NotFoundException("recommendation not released " + recommendation.id());
        }
        return addressees.find(addresseeId).filter(a -> a.recommendationId() == recommendation.id())
                .orElseThrow(() -> new NotFoundException("addressee " + addresseeId));
    }
}
