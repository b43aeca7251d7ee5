package kg.kozomol.tracker;

import java.time.LocalDate;

public record PlannedMeasure(String description, LocalDate targetDate) {}
