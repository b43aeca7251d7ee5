package kg.kozomol.collect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One attached data file as read, with the options built from it for each way a question reads them. */
final class ParsedTable {

    private final List<Map<String, String>> rows;
    private final Map<ItemsFile, FileChoices> choices = new ConcurrentHashMap<>();

    ParsedTable(List<Map<String, String>> rows) {
        this.rows = List.copyOf(rows);
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    FileChoices choices(ItemsFile file) {
        return choices.computeIfAbsent(file, f -> FileChoices.of(f, rows));
    }
}
