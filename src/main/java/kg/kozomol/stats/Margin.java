package kg.kozomol.stats;

import java.util.Map;

/** Known population counts of a categorical variable, by level. */
public record Margin(String variable, Map<String, Double> totals) {

    public Margin {
        totals = Map.copyOf(totals);
    }
}
