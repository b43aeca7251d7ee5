package kg.kozomol.dialogue.web;

import jakarta.validation.Valid;
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
import kg.kozomol.dialogue.DialogueRuleException;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.MeetingStatus;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.dialogue.MinutesComments;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/** The life of a meeting after planning: held, minutes written and approved, or cancelled; the bodies' comments. */
@Controller
class MeetingWorkflowController {

    private final Meetings meetings;
    private final MeetingAccess access;
    private final MinutesComments comments;

    MeetingWorkflowController(Meetings meetings, MeetingAccess access, MinutesComments comments) {
        this.meetings = meetings;
        this.access = access;
        this.comments = comments;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("minutesRu", "minutesKy", "version");
    }

    @PostMapping("/meetings/{id}/status")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
    String move(@PathVariable("id") long id, @RequestParam(name = "target", required = false) MeetingStatus target,
            @RequestParam(name = "version", defaultValue = "-1") int version, RedirectAttributes redirect) {
        access.manageable(CurrentUser.required(), meetings.require(id));
        try {
            Meeting moved = meetings.move(id, version, target);
            redirect.addFlashAttribute("flash", "dialogue.moved." + moved.status().name());
        } catch (DialogueRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("problem", "form.stale");
        }
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}/minutes")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
    String minutesForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        return FormErrors.refused(id, meeting::ensureHeld, redirect)
                .orElseGet(() -> minutesPage(model, meeting, MinutesForm.of(meeting)));
    }

    @PostMapping("/meetings/{id}/minutes")
    @PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
    String saveMinutes(@PathVariable("id") long id, @Valid @ModelAttribute("form") MinutesForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        if (!errors.hasErrors()) {
            try {
                meetings.saveMinutes(id, form.getVersion(), form.getMinutesRu(), form.getMinutesKy());
                redirect.addFlashAttribute("flash", "dialogue.minutes.saved");
                return "redirect:/meetings/" + id + "#minutes";
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("form.stale");
            }
        }
        return minutesPage(model, meeting, form);
    }

    /** A focal point of a participating body comments on the draft minutes on the body's behalf. */
    @PostMapping("/meetings/{id}/comments")
    @PreAuthorize("hasRole('STATE_FOCAL_POINT')")
    String comment(@PathVariable("id") long id, @RequestParam(name = "body", required = false) String body,
            RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        Meeting meeting = access.visible(user, meetings.require(id));
        long bodyId = access.commentingBody(user, meeting)
                .orElseThrow(() -> new AccessDeniedException("not a focal point of a participating body"));
        try {
            comments.add(id, bodyId, body, user);
            redirect.addFlashAttribute("flash", "dialogue.comment.added");
        } catch (DialogueRuleException e) {
            redirect.addFlashAttribute("problem", "body".equals(e.field()) ? "dialogue.comment.invalid" : e.messageKey());
        }
        return "redirect:/meetings/" + id + "#comments";
    }

    private static String minutesPage(Model model, Meeting meeting, MinutesForm form) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        return "dialogue/minutes-form";
    }
}
