package kg.kozomol.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A working meeting as stored now; the minutes are already sanitised HTML. */
public record Meeting(long id, String titleRu, String titleKy, Instant startsAt, Instant endsAt, String place, boolean online,
        String onlineUrl, long organiserId, List<Long> participantIds, MeetingStatus status, String minutesRu,
        String minutesKy, Instant minutesApprovedAt, int version) {

    public String title(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, titleRu, titleKy);
    }

    public boolean hasMinutes() {
        return minutesRu != null || minutesKy != null;
    }

    /** The organiser or one of the participants. */
    public boolean atTheTable(long organisationId) {
        return organiserId == organisationId || participantIds.contains(organisationId);
    }

    /** A cancelled meeting and one whose minutes are approved are kept as they are. */
    public void ensureOpen() {
        if (status == MeetingStatus.CANCELLED) {
            throw new DialogueRuleException(null, "dialogue.rule.cancelled");
        }
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw new DialogueRuleException(null, "dialogue.rule.closed");
        }
    }

    /** Minutes, comments on them and decisions belong to a meeting that has taken place. */
    public void ensureHeld() {
        ensureOpen();
        if (status != MeetingStatus.HELD) {
            throw new DialogueRuleException(null, "dialogue.rule.notHeld");
        }
    }
}
