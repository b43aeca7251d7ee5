package kg.kozomol.tracker;

import java.time.LocalDate;

/** The CSO's independent assessment of one body's implementation. */
public record Assessment(LocalDate occurredOn, Completion completion, Effect effect, String method, Confidence confidence,
        String evidence, String evidenceUrl) {}
