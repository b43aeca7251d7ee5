package kg.kozomol.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kg.kozomol.tracker.PlannedMeasure;
import kg.kozomol.tracker.Position;

/**
 * A position a body released; a superseded one is an earlier answer kept in the history. File ids are only set
 * when the file may be read by anyone; {@code late} when released after the body's response due date.
 */
public record PublicPosition(long id, Position position, String reasoning, String evidenceUrl, UUID evidenceFileId,
        PublicOrganisation redirectTo, String letterNumber, LocalDate letterDate, UUID letterFileId, String responsibleUnit,
        boolean superseded, Instant releasedAt, List<PlannedMeasure> measures, boolean late) {}
