package kg.kozomol.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The uptake dashboard's filters: recommendations addressed to a body, of a theme, released in a year; null is any. */
public record UptakeFilter(Long body, Long theme, Integer year) {

    public static UptakeFilter none() {
        return new UptakeFilter(null, null, null);
    }

    /** The filters as request parameters, for shareable addresses. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body != null) {
            parameters.put("body", body.toString());
        }
        if (theme != null) {
            parameters.put("theme", theme.toString());
        }
        if (year != null) {
            parameters.put("year", year.toString());
        }
        return parameters;
    }
}
