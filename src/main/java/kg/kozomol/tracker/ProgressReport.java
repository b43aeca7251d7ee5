package kg.kozomol.tracker;

import java.time.LocalDate;
import kg.kozomol.files.FileUpload;

/** A body's self-reported progress. */
public record ProgressReport(LocalDate occurredOn, Completion completion, String text, FileUpload attachment) {}
