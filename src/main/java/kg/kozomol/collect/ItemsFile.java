package kg.kozomol.collect;

import java.util.Locale;
import java.util.Set;

/**
 * The attached file a {@code select_one_from_file} question takes its options from, and the columns (CSV), child
 * elements (XML) or feature properties (GeoJSON) holding each option's value and label.
 */
public record ItemsFile(String name, String valueColumn, String labelColumn) {

    public static final Set<String> EXTENSIONS = Set.of("csv", "xml", "geojson");

    /** pyxform's columns when the parameters column names none: GeoJSON features have an id and a title. */
    public static ItemsFile of(String name, String valueColumn, String labelColumn) {
        boolean geojson = extension(name).equals("geojson");
        return new ItemsFile(name, valueColumn != null ? valueColumn : geojson ? "id" : "name",
                labelColumn != null ? labelColumn : geojson ? "title" : "label");
    }

    /** The secondary instance's id: the file name without its extension. */
    public String instanceId() {
        return instanceId(name);
    }

    /** Where ODK Collect finds the file: CSV through {@code jr://file-csv/}, XML and GeoJSON through {@code jr://file/}. */
    public String src() {
        return src(name);
    }

    public static String instanceId(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    public static String src(String fileName) {
        return (extension(fileName).equals("csv") ? "jr://file-csv/" : "jr://file/") + fileName;
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
