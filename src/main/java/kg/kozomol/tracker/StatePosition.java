package kg.kozomol.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record StatePosition(long id, long addresseeId, Position position, String reasoning, String evidenceUrl,
        UUID evidenceFileId, Long redirectToId, String letterNumber, LocalDate letterDate, UUID letterFileId,
        String responsibleUnit, PositionStatus status, boolean revision, Instant releasedAt, int version,
        List<PlannedMeasure> measures) {}
