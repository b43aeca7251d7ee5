package kg.kozomol.qual;

/**
 * A transcript as coders may see it: {@code content} is the pseudonymised text (null while under review);
 * {@code locked} when the participant withdrew consent.
 */
public record Transcript(long id, long projectId, long caseId, String caseLabel, InterviewRecord interview, String content,
        TranscriptStatus status, boolean locked, int version) {

    public boolean codable() {
        return status == TranscriptStatus.OPEN && !locked;
    }
}
