package kg.kozomol.collect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of a {@code select_one_from_file} question as its attached file gives them: each row with a value (the
 * first row of a value wins), its labels from the column {@code label} and {@code label::language} (or those the
 * parameters name), and every column for choice filters to read. Looked up by value for labels and checks.
 */
public record FileChoices(List<Choice> list, Map<String, Choice> byValue) {

    public static final FileChoices NONE = new FileChoices(List.of(), Map.of());

    public static FileChoices of(ItemsFile file, List<Map<String, String>> rows) {
        Map<String, Choice> byValue = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String value = row.getOrDefault(file.valueColumn(), "").strip();
            if (value.isEmpty() || byValue.containsKey(value)) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            row.forEach((column, text) -> {
                if (column.equals(file.labelColumn()) && !text.isBlank()) {
                    labels.put(FormModel.DEFAULT_LANGUAGE, text);
                } else if (column.startsWith(file.labelColumn() + "::") && !text.isBlank()) {
                    labels.put(column.substring(file.labelColumn().length() + 2), text);
                }
            });
            byValue.put(value, new Choice(value, labels, row));
        }
        return new FileChoices(List.copyOf(byValue.values()), Collections.unmodifiableMap(byValue));
    }

    public Choice find(String value) {
        return byValue.get(value);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
