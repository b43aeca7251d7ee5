package kg.kozomol.programme;

import java.math.BigDecimal;

/** An indicator re-monitored: before and after estimates and the difference with its design-based interval. */
public record RoundIndicator(long indicatorId, BigDecimal before, BigDecimal beforeSe, BigDecimal after,
        BigDecimal afterSe, BigDecimal difference, BigDecimal differenceSe, BigDecimal ciLow, BigDecimal ciHigh,
        Boolean linked, String source, int version) {

    public boolean computed() {
        return difference != null;
    }
}
