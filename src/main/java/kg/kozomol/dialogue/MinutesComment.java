package kg.kozomol.dialogue;

import java.time.Instant;

/** A focal point's remark on the draft minutes, on behalf of their participating body. */
public record MinutesComment(long id, long meetingId, Long authorId, long authorOrgId, String body, Instant createdAt) {}
