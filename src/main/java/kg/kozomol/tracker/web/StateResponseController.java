package kg.kozomol.tracker.web;

import kg.kozomol.platform.web.Option;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Deadlines;
import kg.kozomol.tracker.InboxItem;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.ProgressReport;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.StatePosition;
import kg.kozomol.tracker.StateResponses;
import kg.kozomol.tracker.Timeline;
import kg.kozomol.tracker.TimelineEntry;
import kg.kozomol.tracker.TimelineKind;
import kg.kozomol.tracker.TrackerAccess;
import kg.kozomol.tracker.TrackerRuleException;
import kg.kozomol.tracker.TrackerUploadException;

/** What a state focal point does: the inbox, the body's position, progress reports and replies. */
@Controller
@PreAuthorize("hasRole('STATE_FOCAL_POINT')")
class StateResponseController {

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final StateResponses responses;
    private final Timeline timeline;
    private final TrackerAccess access;
    private final Deadlines deadlines;
    private final Names names;

    StateResponseController(Recommendations recommendations, Addressees addressees, StateResponses responses,
            Timeline timeline, TrackerAccess access, Deadlines deadlines, Names names) {
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.responses = responses;
        this.timeline = timeline;
        this.access = access;
        this.deadlines = deadlines;
        this.names = names;
    }

    @InitBinder("form")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("position", "reasoning", "evidenceUrl", "redirectToId", "letterNumber", "letterDate",
                "responsibleUnit", "measures*", "revise", "occurredOn", "completion", "text");
    }

    @GetMapping("/tracker/inbox")
    String inbox(@RequestParam(name = "page", required = false) Integer page, Model model) {
        PageOf<InboxItem> found = addressees.inbox(bodies(), PageRequest.of(page, 50));
        List<InboxItem> items = found.items();
        model.addAttribute("page", found);
        model.addAttribute("items", items);
        model.addAttribute("implementation", deadlines.implementation(items.stream().map(InboxItem::addresseeId).toList(),
                recommendations.today()));
        model.addAttribute("names", names.organisations(bodies()));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "tracker/inbox";
    }

    /** Releases the drafted positions ticked in the inbox, all or none. */
    @PostMapping("/tracker/inbox/release")
    String releaseBatch(@RequestParam(name = "positionIds", required = false) List<Long> positionIds,
            RedirectAttributes redirect) {
        if (positionIds == null || positionIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "tracker.inbox.noneChosen");
            return "redirect:/tracker/inbox";
        }
        KozomolPrincipal user = CurrentUser.required();
        for (long id : positionIds) {
            StatePosition position = responses.find(id).orElseThrow(() -> new NotFoundException("position " + id));
            Addressee addressee = addressees.require(position.addresseeId());
            access.requireSpeaksFor(user, recommendations.require(addressee.recommendationId()), addressee);
        }
        try {
            responses.releaseAll(positionIds);
            redirect.addFlashAttribute("flash", "tracker.position.releasedMany");
        } catch (TrackerRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("problem", "form.stale");
        }
        return "redirect:/tracker/inbox";
    }

    @GetMapping("/recommendations/{id}/bodies/{addresseeId}/position")
    String positionForm(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId,
            @RequestParam(name = "revise", defaultValue = "false") boolean revise, Model model) {
        Addressee addressee = answeringFor(id, addresseeId);
        PositionForm form = responses.draft(addressee.id()).map(PositionForm::of).orElseGet(PositionForm::new);
        form.setRevise(form.isRevise() || revise);
        return positionPage(model, id, addressee, form);
    }

    @PostMapping("/recommendations/{id}/bodies/{addresseeId}/position")
    String savePosition(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId,
            @Valid @ModelAttribute("form") PositionForm form, BindingResult errors,
            @RequestParam(name = "evidenceFile", required = false) MultipartFile evidenceFile,
            @RequestParam(name = "letterScan", required = false) MultipartFile letterScan,
            Model model, RedirectAttributes redirect) {
        Addressee addressee = answeringFor(id, addresseeId);
        if (!errors.hasErrors()) {
            try {
                responses.saveDraft(addressee.id(), form.toDraft(FormSupport.upload(evidenceFile), FormSupport.upload(letterScan)),
                        form.isRevise());
                redirect.addFlashAttribute("flash", "tracker.position.drafted");
                return "redirect:/recommendations/" + id + "#body-" + addressee.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            } catch (TrackerUploadException e) {
                FormSupport.reject(errors, e);
            }
        }
        return positionPage(model, id, addressee, form);
    }

    @PostMapping("/recommendations/{id}/positions/{positionId}/release")
    String release(@PathVariable("id") long id, @PathVariable("positionId") long positionId,
            @RequestParam(name = "version", defaultValue = "-1") int version, RedirectAttributes redirect) {
        StatePosition position = responses.find(positionId).orElseThrow(() -> new NotFoundException("position " + positionId));
        Addressee addressee = answeringFor(id, position.addresseeId());
        try {
            responses.release(positionId, version);
            redirect.addFlashAttribute("flash", "tracker.position.released");
        } catch (TrackerRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("problem", "form.stale");
        }
        return "redirect:/recommendations/" + id + "#body-" + addressee.id();
    }

    @GetMapping("/recommendations/{id}/bodies/{addresseeId}/progress")
    String progressForm(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId, Model model) {
        Addressee addressee = speakingFor(id, addresseeId);
        return entryPage(model, "progress", id, addressee, new EntryForm(), null);
    }

    @PostMapping("/recommendations/{id}/bodies/{addresseeId}/progress")
    String saveProgress(@PathVariable("id") long id, @PathVariable("addresseeId") long addresseeId,
            @Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
            @RequestParam(name = "attachment", required = false) MultipartFile attachment, Model model,
            RedirectAttributes redirect) {
        Addressee addressee = speakingFor(id, addresseeId);
        if (!errors.hasErrors()) {
            try {
                timeline.reportProgress(addressee.id(), new ProgressReport(form.getOccurredOn(), form.getCompletion(),
                        form.getText(), FormSupport.upload(attachment)));
                redirect.addFlashAttribute("flash", "tracker.progress.saved");
                return "redirect:/recommendations/" + id + "#body-" + addressee.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            } catch (TrackerUploadException e) {
                FormSupport.reject(errors, e);
            }
        }
        return entryPage(model, "progress", id, addressee, form, null);
    }

    @GetMapping("/recommendations/{id}/assessments/{entryId}/reply")
    String replyForm(@PathVariable("id") long id, @PathVariable("entryId") long entryId, Model model) {
        TimelineEntry assessment = assessment(entryId);
        Addressee addressee = speakingFor(id, assessment.addresseeId());
        return entryPage(model, "reply", id, addressee, new EntryForm(), assessment);
    }

    @PostMapping("/recommendations/{id}/assessments/{entryId}/reply")
    String saveReply(@PathVariable("id") long id, @PathVariable("entryId") long entryId,
            @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        TimelineEntry assessment = assessment(entryId);
        Addressee addressee = speakingFor(id, assessment.addresseeId());
        if (!errors.hasErrors()) {
            try {
                timeline.reply(entryId, form.getText());
                redirect.addFlashAttribute("flash", "tracker.reply.saved");
                return "redirect:/recommendations/" + id + "#body-" + addressee.id();
            } catch (TrackerRuleException e) {
                FormSupport.reject(errors, e);
            }
        }
        return entryPage(model, "reply", id, addressee, form, assessment);
    }

    private TimelineEntry assessment(long entryId) {
        return timeline.find(entryId).filter(e -> e.kind() == TimelineKind.ASSESSMENT)
                .orElseThrow(() -> new NotFoundException("assessment " + entryId));
    }

    /** The addressee of this recommendation that the user speaks for; 404 when it is not on it or not visible. */
    private Addressee speakingFor(long recommendationId, long addresseeId) {
        Addressee addressee = addressees.find(addresseeId).filter(a -> a.recommendationId() == recommendationId)
                .orElseThrow(() -> new NotFoundException("addressee " + addresseeId));
        Recommendation recommendation = recommendations.require(recommendationId);
        KozomolPrincipal user = CurrentUser.required();
        if (!recommendation.released() || !access.speaksFor(user, addressee)) {
            // Another body's focal point learns nothing about who else is addressed.
            throw new NotFoundException("addressee " + addresseeId);
        }
        return addressee;
    }

    /** The same, for a position: an evaluation's recommendation is answered by the management response, not here. */
    private Addressee answeringFor(long recommendationId, long addresseeId) {
        Addressee addressee = speakingFor(recommendationId, addresseeId);
        if (recommendations.require(recommendationId).fromEvaluation()) {
            throw new org.springframework.security.access.AccessDeniedException("answered by the management response");
        }
        return addressee;
    }

    private String positionPage(Model model, long id, Addressee addressee, PositionForm form) {
        Recommendation recommendation = recommendations.require(id);
        model.addAttribute("form", form);
        model.addAttribute("r", recommendation);
        model.addAttribute("addressee", addressee);
        model.addAttribute("bodyName", names.organisations(Set.of(addressee.organisationId())).get(addressee.organisationId()));
        model.addAttribute("positions", Arrays.stream(Position.values()).filter(Position::choosable).toList());
        List<Option> others = new ArrayList<>(names.stateBodies());
        others.removeIf(o -> o.value().equals(Long.toString(addressee.organisationId())));
        model.addAttribute("bodies", others);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "tracker/position-form";
    }

    static String entryPage(Model model, String kind, long id, Addressee addressee, EntryForm form, TimelineEntry replyTo) {
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("recommendationId", id);
        model.addAttribute("addressee", addressee);
        model.addAttribute("replyTo", replyTo);
        model.addAttribute("completions", Arrays.asList(Completion.values()));
        model.addAttribute("effects", Arrays.asList(kg.kozomol.tracker.Effect.values()));
        model.addAttribute("confidences", Arrays.asList(kg.kozomol.tracker.Confidence.values()));
        return "tracker/entry-form";
    }

    private static Set<Long> bodies() {
        return CurrentUser.required().memberships().stream().filter(m -> m.role() == Role.STATE_FOCAL_POINT)
                .map(Membership::organisationId).collect(Collectors.toSet());
    }
}
