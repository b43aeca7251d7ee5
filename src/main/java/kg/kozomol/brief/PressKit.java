package kg.kozomol.brief;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What journalists get with a brief: a summary for the press, key figures (those marked {@code inChart} are drawn
 * together as one chart), quotable lines and a press contact.
 */
public record PressKit(long briefId, Bilingual summary, Contact contact, List<KeyFigure> figures, List<Quote> quotes,
        Instant updatedAt, int version) {

    public record Contact(String name, String email, String phone) {}

    /** @param findingId the finding the figure comes from, or null */
    public record KeyFigure(Bilingual label, BigDecimal value, String unit, Long findingId, boolean inChart) {}

    /** @param findingId the finding the line is taken from, or null for a free text */
    public record Quote(Bilingual text, Long findingId) {}

    public List<KeyFigure> chartFigures() {
        return figures.stream().filter(KeyFigure::inChart).toList();
    }
}
