package kg.kozomol.programme;

import java.math.BigDecimal;

/** A target or an actual for a period; survey actuals carry their standard error, interval, n and design effect. */
public record IndicatorValue(long id, long indicatorId, int period, ValueKind kind, ValueProducer producer, String value,
        BigDecimal se, BigDecimal ciLow, BigDecimal ciHigh, Integer n, BigDecimal deff, String note, int version) {}
