package kg.kozomol.collect;

import java.util.Map;

/**
 * One option of a choice list: its value, its label per language, any further columns (read by choice filters) and the
 * media shown with its label (by form, the file per language, as {@link Question.Texts#media()}).
 */
public record Choice(String name, Map<String, String> labels, Map<String, String> properties, Map<String, Map<String, String>> media) {

    public Choice {
        labels = Map.copyOf(labels);
        properties = Map.copyOf(properties);
        media = LabelMedia.copy(media);
    }

    public Choice(String name, Map<String, String> labels, Map<String, String> properties) {
        this(name, labels, properties, Map.of());
    }

    /** A column as a choice filter reads it: {@code name} is the value, any other a further column, empty when absent. */
    public String column(String column) {
        return column.equals("name") ? name : properties.getOrDefault(column, "");
    }
}
