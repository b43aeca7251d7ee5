package kg.kozomol.collect.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export looks like: the file format, choice labels (in {@code language}) or their codes, and whether each
 * select_multiple also gets one 0/1 column per choice.
 */
public record ExportOptions(Format format, boolean labels, boolean split, String language) {

    public enum Format {
        CSV, XLSX, ATTACHMENTS
    }

    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", format.name());
        params.put("labels", labels);
        params.put("split", split);
        params.put("language", language);
        return params;
    }

    static ExportOptions of(Map<String, Object> params) {
        return new ExportOptions(Format.valueOf((String) params.get("format")), Boolean.TRUE.equals(params.get("labels")),
                Boolean.TRUE.equals(params.get("split")), (String) params.get("language"));
    }
}
