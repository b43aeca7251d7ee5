package kg.kozomol.dialogue;

import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.tracker.MeetingMention;
import kg.kozomol.tracker.RecommendationMeetings;

/** Tells the recommendation page at which meetings the recommendation came up, among those the viewer may see. */
@Component
class DialogueRecommendationMeetings implements RecommendationMeetings {

    private final Meetings meetings;
    private final MeetingAccess access;

    DialogueRecommendationMeetings(Meetings meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public List<MeetingMention> forRecommendation(long recommendationId, KozomolPrincipal viewer) {
        return meetings.discussing(recommendationId).stream().filter(m -> access.canView(viewer, m))
                .map(m -> new MeetingMention(m.titleRu(), m.titleKy(), m.startsAt(), m.status() == MeetingStatus.PLANNED,
                        "/meetings/" + m.id()))
                .toList();
    }
}
