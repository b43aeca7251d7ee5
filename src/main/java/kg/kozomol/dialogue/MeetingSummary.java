package kg.kozomol.dialogue;

import java.time.Instant;
import java.util.Locale;

/** A row of the list of meetings. */
public record MeetingSummary(long id, String titleRu, String titleKy, Instant startsAt, Instant endsAt, String place,
        boolean online, long organiserId, MeetingStatus status) {

    public String title(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, titleRu, titleKy);
    }
}
