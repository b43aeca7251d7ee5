package kg.kozomol.qual;

import java.time.Instant;

/** A note on a document, a code or a coded segment; {@code about} names what it is on, for display. */
public record Memo(long id, Long transcriptId, Long codeId, Long codingId, String about, String authorName, String content,
        Instant createdAt) {}
