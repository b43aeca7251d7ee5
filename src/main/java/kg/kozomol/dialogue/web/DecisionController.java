package kg.kozomol.dialogue.web;

import jakarta.validation.Valid;
import java.util.Arrays;
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
import kg.kozomol.dialogue.Agenda;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.DecisionKind;
import kg.kozomol.dialogue.Decisions;
import kg.kozomol.dialogue.DialogueRuleException;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.Meetings;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.tracker.RecommendationSummary;
import kg.kozomol.tracker.Recommendations;

/** Recording what a held meeting decided under one of its agenda points. */
@Controller
@PreAuthorize("hasAnyRole('RESEARCHER', 'COORDINATOR', 'ADMIN')")
class DecisionController {

    private final Meetings meetings;
    private final Agenda agenda;
    private final Decisions decisions;
    private final MeetingAccess access;
    private final DialogueChoices choices;
    private final Recommendations recommendations;

    DecisionController(Meetings meetings, Agenda agenda, Decisions decisions, MeetingAccess access, DialogueChoices choices,
            Recommendations recommendations) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.access = access;
        this.choices = choices;
        this.recommendations = recommendations;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("kind", "text", "recommendationReference", "bodyId", "newDate", "responsibleId", "dueDate");
    }

    @GetMapping("/meetings/{id}/agenda/{itemId}/decisions/new")
    String createForm(@PathVariable("id") long id, @PathVariable("itemId") long itemId, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        AgendaItem item = agenda.require(meeting.id(), itemId);
        return FormErrors.refused(id, meeting::ensureHeld, redirect).orElseGet(() -> {
            DecisionForm form = new DecisionForm();
            if (item.recommendationIds().size() == 1) {
                form.setRecommendationReference(recommendations.byIds(item.recommendationIds()).get(0).reference());
            }
            return page(model, meeting, item, form);
        });
    }

    @PostMapping("/meetings/{id}/agenda/{itemId}/decisions")
    String create(@PathVariable("id") long id, @PathVariable("itemId") long itemId,
            @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = access.manageable(CurrentUser.required(), meetings.require(id));
        AgendaItem item = agenda.require(meeting.id(), itemId);
        if (!errors.hasErrors()) {
            try {
                decisions.record(itemId, form.toDraft(), CurrentUser.required());
                redirect.addFlashAttribute("flash", "dialogue.decision.recorded");
                return "redirect:/meetings/" + id + "#item-" + itemId;
            } catch (DialogueRuleException e) {
                FormErrors.reject(errors, e);
            }
        }
        return page(model, meeting, item, form);
    }

    private String page(Model model, Meeting meeting, AgendaItem item, DecisionForm form) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Arrays.asList(DecisionKind.values()));
        model.addAttribute("bodies", choices.bodiesOf(meeting));
        model.addAttribute("responsibles", choices.atTheTable(meeting));
        model.addAttribute("linked", recommendations.byIds(item.recommendationIds()).stream()
                .map(RecommendationSummary::reference).toList());
        return "dialogue/decision-form";
    }
}
