package kg.kozomol.dialogue.web;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.dialogue.Agenda;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.DialogueRuleException;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.RecommendationSummary;
import kg.kozomol.tracker.Recommendations;

/** Adding, changing, ordering and removing the points of a meeting's agenda. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
class AgendaController {

    private final Meetings meetings;
    private final Agenda agenda;
    private final MeetingAccess access;
    private final Recommendations recommendations;

    AgendaController(Meetings meetings, Agenda agenda, MeetingAccess access, Recommendations recommendations) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.access = access;
        this.recommendations = recommendations;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("title", "briefIds", "recommendationReferences", "version");
    }

    @GetMapping("/meetings/{id}/agenda/new")
    String createForm(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        Meeting meeting = managed(id);
        return FormErrors.refused(id, meeting::ensureOpen, redirect)
                .orElseGet(() -> page(model, meeting, null, new AgendaItemForm()));
    }

    @PostMapping("/meetings/{id}/agenda")
    String create(@PathVariable("id") long id, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Meeting meeting = managed(id);
        checkBriefNumbers(form, errors);
        if (!errors.hasErrors()) {
            try {
                AgendaItem added = agenda.add(id, form.toDraft(), CurrentUser.required());
                redirect.addFlashAttribute("flash", "dialogue.agenda.added");
                return "redirect:/meetings/" + id + "#item-" + added.id();
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            }
        }
        return page(model, meeting, null, form);
    }

    @GetMapping("/meetings/{id}/agenda/{itemId}/edit")
    String editForm(@PathVariable("id") long id, @PathVariable("itemId") long itemId, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = managed(id);
        AgendaItem item = agenda.require(meeting.id(), itemId);
        return FormErrors.refused(id, meeting::ensureOpen, redirect).orElseGet(() -> {
            List<String> references = recommendations.byIds(item.recommendationIds()).stream()
                    .map(RecommendationSummary::reference).toList();
            return page(model, meeting, item, AgendaItemForm.of(item, references));
        });
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String update(@PathVariable("id") long id, @PathVariable("itemId") long itemId,
            @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = managed(id);
        AgendaItem item = agenda.require(meeting.id(), itemId);
        checkBriefNumbers(form, errors);
        if (!errors.hasErrors()) {
            try {
                agenda.update(itemId, form.getVersion(), form.toDraft(), CurrentUser.required());
                redirect.addFlashAttribute("flash", "dialogue.agenda.saved");
                return "redirect:/meetings/" + id + "#item-" + itemId;
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            } catch (StaleRecordException e) {
                errors.reject("form.stale");
            }
        }
        return page(model, meeting, item, form);
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/move")
    String move(@PathVariable("id") long id, @PathVariable("itemId") long itemId,
            @RequestParam(name = "direction", defaultValue = "up") String direction, RedirectAttributes redirect) {
        agenda.require(managed(id).id(), itemId);
        try {
            agenda.move(itemId, !"down".equals(direction));
        } catch (DialogueRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/meetings/" + id + "#item-" + itemId;
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/delete")
    String remove(@PathVariable("id") long id, @PathVariable("itemId") long itemId, RedirectAttributes redirect) {
        agenda.require(managed(id).id(), itemId);
        try {
            agenda.remove(itemId);
            redirect.addFlashAttribute("flash", "dialogue.agenda.removed");
        } catch (DialogueRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/meetings/" + id + "#agenda";
    }

    private Meeting managed(long id) {
        return access.manageable(CurrentUser.required(), meetings.require(id));
    }

    private static void checkBriefNumbers(AgendaItemForm form, BindingResult errors) {
        String wrong = form.notABriefNumber();
        if (wrong != null && !errors.hasFieldErrors("briefIds")) {
            errors.rejectValue("briefIds", "dialogue.rule.briefNumber", new Object[] {wrong}, "dialogue.rule.briefNumber");
        }
    }

    private static String page(Model model, Meeting meeting, AgendaItem item, AgendaItemForm form) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        return "dialogue/agenda-form";
    }
}
