package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;
import kg.kozomol.files.FileUpload;

/** A body's position as its focal point fills it in; files are optional and stored with the draft. */
public record PositionDraft(Position position, String reasoning, String evidenceUrl, FileUpload evidenceFile,
        Long redirectToId, String letterNumber, LocalDate letterDate, FileUpload letterScan, String responsibleUnit,
        List<PlannedMeasure> measures) {}
