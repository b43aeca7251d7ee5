package kg.kozomol.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting as its organiser fills it in; the times are local to the platform's time zone. */
public record MeetingDraft(String titleRu, String titleKy, LocalDate date, LocalTime startTime, LocalTime endTime,
        String place, boolean online, String onlineUrl, Long organiserId, List<Long> participantIds) {}
