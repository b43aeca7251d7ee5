package kg.kozomol.study;

import java.time.Instant;

/** A remark on an item of the design, or an answer to one ({@code parentId} set); made on a given revision. */
public record StudyComment(long id, long studyId, Long parentId, Anchor anchor, String anchorLabel, int revision,
        long authorId, String authorName, String body, Instant createdAt) {}
