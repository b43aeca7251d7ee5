package kg.kozomol.programme;

/** A re-monitoring round: {@code studyId} comes back to what {@code previousStudyId} (or round) found. */
public record MonitoringRound(long id, long programmeId, long studyId, Long previousRoundId, long previousStudyId,
        String title, String instrumentNote, String frameNote, boolean overlapping, int version) {}
