package kg.kozomol.collect;

import java.util.List;
import java.util.Map;

/** The rows of a form's attached data files (CSV, XML, GeoJSON) by file name; none for a file not attached. */
@FunctionalInterface
public interface FormData {

    FormData NONE = fileName -> List.of();

    List<Map<String, String>> rows(String fileName);

    /** The options a select_one_from_file question reads from its file; none when the file is not attached. */
    default FileChoices choices(ItemsFile file) {
        return FileChoices.of(file, rows(file.name()));
    }

    /**
     * {@code pulldata('towns', 'population', 'name', key)}: the column of the first row of {@code towns.csv} whose key
     * column holds the key, as ODK Collect answers it; empty when there is no such row or file.
     */
    default String pulldata(String instance, String column, String keyColumn, String key) {
        return rows(instance + ".csv").stream().filter(row -> key.equals(row.get(keyColumn))).findFirst()
                .map(row -> row.getOrDefault(column, "")).orElse("");
    }
}
