package kg.kozomol.programme;

import java.time.LocalDate;

/** One line of a management response's action plan. */
public record ActionLine(String what, String who, LocalDate due) {}
