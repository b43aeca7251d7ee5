package kg.kozomol.dialogue;

import java.util.List;

/** One point of a meeting's agenda, in order, with the briefs and recommendations it is about. */
public record AgendaItem(long id, long meetingId, int position, String title, List<Long> briefIds,
        List<Long> recommendationIds, int version) {}
