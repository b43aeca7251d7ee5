package kg.kozomol.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the public list of briefs is narrowed to; withdrawn briefs are listed only when asked for. */
public record PublicBriefFilter(Long theme, Long organisation, Integer year, boolean withWithdrawn) {

    /** Reads the parameters of the public list of briefs leniently, as {@link PublicFilter#parse} does. */
    public static PublicBriefFilter parse(PublicFilter.Parsed parsed, java.util.function.Function<String, String> parameter) {
        return new PublicBriefFilter(parsed.filter().theme(), parsed.filter().organisation(), parsed.filter().year(),
                "true".equals(parameter.apply("withdrawn")));
    }

    public static PublicBriefFilter none() {
        return new PublicBriefFilter(null, null, null, false);
    }

    /** The filter as request parameters of the public list of briefs (the names of {@link PublicFilter}). */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (theme != null) {
            out.put("theme", theme.toString());
        }
        if (organisation != null) {
            out.put("organisation", organisation.toString());
        }
        if (year != null) {
            out.put("year", year.toString());
        }
        if (withWithdrawn) {
            out.put("withdrawn", "true");
        }
        return out;
    }
}
