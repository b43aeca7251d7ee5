package kg.kozomol.brief;

import java.time.Instant;
import java.util.List;

/** A press kit as the researcher saves it, with the brief's embargo (null: none). */
public record PressKitDraft(Instant embargoUntil, Bilingual summary, PressKit.Contact contact,
        List<PressKit.KeyFigure> figures, List<PressKit.Quote> quotes) {}
