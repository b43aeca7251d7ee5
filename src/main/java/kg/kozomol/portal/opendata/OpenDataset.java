package kg.kozomol.portal.opendata;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A public list offered for download: its name (in the address {@code /p/data/<name>.<format>}), its columns, the API
 * path serving it, and how to hand over its items for the request parameters of its page (the same filters).
 */
record OpenDataset<T>(String name, List<Column<T>> columns, String apiPath, BiConsumer<Map<String, String>, Consumer<T>> source) {

    void each(Map<String, String> parameters, Consumer<T> consumer) {
        source.accept(parameters, consumer);
    }
}
