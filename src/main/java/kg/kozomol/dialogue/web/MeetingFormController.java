package kg.kozomol.dialogue.web;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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
import kg.kozomol.dialogue.DialogueRuleException;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.platform.web.Option;

/** Planning a meeting and changing its date, place and participants. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
class MeetingFormController {

    private final Meetings meetings;
    private final MeetingAccess access;
    private final DialogueChoices choices;
    private final ZoneId zone;

    MeetingFormController(Meetings meetings, MeetingAccess access, DialogueChoices choices,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.meetings = meetings;
        this.access = access;
        this.choices = choices;
        this.zone = ZoneId.of(zone);
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("titleRu", "titleKy", "date", "startTime", "endTime", "place", "online", "onlineUrl",
                "organiserId", "participantIds", "version");
    }

    @GetMapping("/meetings/new")
    String createForm(Model model) {
        MeetingForm form = new MeetingForm();
        List<Option> organisers = choices.organisers(CurrentUser.required());
        if (organisers.size() == 1) {
            form.setOrganiserId(Long.valueOf(organisers.get(0).value()));
        }
        return form(model, form, null);
    }

    @PostMapping("/meetings")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        KozomolPrincipal user = CurrentUser.required();
        if (!errors.hasErrors()) {
            try {
                Meeting created = meetings.create(form.toDraft(), user);
                redirect.addFlashAttribute("flash", "dialogue.meeting.created");
                return "redirect:/meetings/" + created.id();
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        return FormErrors.refused(id, meeting::ensureOpen, redirect)
                .orElseGet(() -> form(model, MeetingForm.of(meeting, zone), meeting));
    }

    @PostMapping("/meetings/{id}")
    String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        form.setOrganiserId(meeting.organiserId());
        if (!errors.hasErrors()) {
            try {
                meetings.update(id, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("flash", "dialogue.meeting.saved");
                return "redirect:/meetings/" + id;
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("form.stale");
            }
        }
        return form(model, form, meeting);
    }

    private String form(Model model, MeetingForm form, Meeting meeting) {
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        model.addAttribute("organisers", meeting == null ? choices.organisers(CurrentUser.required()) : List.of());
        model.addAttribute("groups", choices.participants());
        return "dialogue/form";
    }
}
