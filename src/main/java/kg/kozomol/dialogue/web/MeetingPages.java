package kg.kozomol.dialogue.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.Briefs;
import kg.kozomol.dialogue.Agenda;
import kg.kozomol.dialogue.AgendaItem;
import kg.kozomol.dialogue.Decision;
import kg.kozomol.dialogue.Decisions;
import kg.kozomol.dialogue.Meeting;
import kg.kozomol.dialogue.MeetingAccess;
import kg.kozomol.dialogue.MinutesComments;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.tracker.RecommendationStatus;
import kg.kozomol.tracker.RecommendationSummary;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.TrackerAccess;

/** Gathers what the meeting page shows: the agenda with its links and decisions, the minutes and their comments. */
@Component
class MeetingPages {

    private final Agenda agenda;
    private final Decisions decisions;
    private final MinutesComments comments;
    private final MeetingAccess access;
    private final Briefs briefs;
    private final BriefAccess briefAccess;
    private final Recommendations recommendations;
    private final TrackerAccess trackerAccess;
    private final DialogueChoices choices;

    MeetingPages(Agenda agenda, Decisions decisions, MinutesComments comments, MeetingAccess access, Briefs briefs,
            BriefAccess briefAccess, Recommendations recommendations, TrackerAccess trackerAccess, DialogueChoices choices) {
        this.agenda = agenda;
        this.decisions = decisions;
        this.comments = comments;
        this.access = access;
        this.briefs = briefs;
        this.briefAccess = briefAccess;
        this.recommendations = recommendations;
        this.trackerAccess = trackerAccess;
        this.choices = choices;
    }

    void show(Model model, Meeting meeting, KozomolPrincipal viewer) {
        Locale locale = LocaleContextHolder.getLocale();
        List<AgendaItem> items = agenda.of(meeting.id());
        List<Decision> decided = decisions.ofMeeting(meeting.id());
        Set<Long> recommendationIds = new LinkedHashSet<>();
        items.forEach(i -> recommendationIds.addAll(i.recommendationIds()));
        decided.forEach(d -> { if (d.recommendationId() != null) { recommendationIds.add(d.recommendationId()); } });
        Map<Long, AgendaPoint.Link> recommendationLinks = recommendationLinks(recommendationIds, viewer, locale);
        var minutesComments = comments.ofMeeting(meeting.id());
        Set<Long> organisationIds = new HashSet<>(meeting.participantIds());
        organisationIds.add(meeting.organiserId());
        decided.forEach(d -> { organisationIds.add(d.bodyId()); organisationIds.add(d.responsibleId()); });
        minutesComments.forEach(c -> organisationIds.add(c.authorOrgId()));
        organisationIds.remove(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("points", items.stream().map(i -> new AgendaPoint(i, briefLinks(i.briefIds(), viewer, locale),
                i.recommendationIds().stream().map(recommendationLinks::get).filter(Objects::nonNull).toList(),
                decided.stream().filter(d -> d.agendaItemId() == i.id()).toList())).toList());
        model.addAttribute("references", recommendationLinks);
        model.addAttribute("names", choices.names(organisationIds));
        model.addAttribute("comments", minutesComments);
        model.addAttribute("canManage", access.canManage(viewer, meeting));
        model.addAttribute("commentAs", access.commentingBody(viewer, meeting).orElse(null));
        model.addAttribute("locale", locale);
    }

    /** Recommendations the viewer may see; a draft of another organisation stays hidden. */
    private Map<Long, AgendaPoint.Link> recommendationLinks(Set<Long> ids, KozomolPrincipal viewer, Locale locale) {
        return recommendations.byIds(ids).stream()
                .filter(r -> r.status() == RecommendationStatus.RELEASED
                        || recommendations.find(r.id()).map(full -> trackerAccess.canSee(viewer, full)).orElse(false))
                .collect(Collectors.toMap(RecommendationSummary::id, r -> new AgendaPoint.Link(r.id(), r.reference(),
                        r.text(locale), "/recommendations/" + r.id()), (a, b) -> a, LinkedHashMap::new));
    }

    private List<AgendaPoint.Link> briefLinks(List<Long> ids, KozomolPrincipal viewer, Locale locale) {
        return ids.stream().map(briefs::find).flatMap(Optional::stream).filter(b -> briefAccess.canRead(b, viewer))
                .map(b -> new AgendaPoint.Link(b.id(), Long.toString(b.id()), b.title(locale), "/briefs/" + b.id())).toList();
    }
}
