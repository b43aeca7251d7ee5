package kg.kozomol.dialogue;

import java.time.LocalDate;

/** Filters of the list of meetings; {@code null} means any. The organisation may be the organiser or a participant. */
public record MeetingFilter(Long organisationId, MeetingStatus status, LocalDate from, LocalDate to) {}
