package kg.kozomol.collect;

import java.util.Map;

/** One option of a choice list: its value, its label per language, and any further columns (read by choice filters). */
public record Choice(String name, Map<String, String> labels, Map<String, String> properties) {

    public Choice {
        labels = Map.copyOf(labels);
        properties = Map.copyOf(properties);
    }
}
