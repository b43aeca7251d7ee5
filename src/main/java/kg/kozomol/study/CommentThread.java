package kg.kozomol.study;

import java.util.List;

/** A comment with the answers to it, oldest first. */
public record CommentThread(StudyComment comment, List<StudyComment> replies) {}
