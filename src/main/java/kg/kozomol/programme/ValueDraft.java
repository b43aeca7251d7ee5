package kg.kozomol.programme;

/**
 * A target or an actual as typed: the value and its precision are text until the indicator's measure reads them.
 * {@code expectedVersion} is null for a new value and the loaded version when correcting one.
 */
public record ValueDraft(int period, ValueKind kind, ValueProducer producer, String value, String se, String ciLow, String ciHigh,
        String n, String deff, String note, Integer expectedVersion) {}
