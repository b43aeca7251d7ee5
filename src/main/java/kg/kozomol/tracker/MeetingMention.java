package kg.kozomol.tracker;

import java.time.Instant;
import java.util.Locale;

/** A meeting that has a recommendation on its agenda or in its decisions; {@code planned} until it is held. */
public record MeetingMention(String titleRu, String titleKy, Instant startsAt, boolean planned, String link) {

    public String title(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, titleRu, titleKy);
    }
}
