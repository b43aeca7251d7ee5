package kg.kozomol.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.RecommendationSource;

/**
 * What a reader narrows the public tracker to; every field is optional. The same request parameter names serve
 * every public list of recommendations (pages, exports, feeds), so a filtered view is a shareable address.
 *
 * @param body a state body the recommendation is addressed to
 * @param position that body's (or, without a body, any addressed body's) current position
 * @param implementation the implementation status of that body: the CSO's independent assessment when there is one,
 *     otherwise the state's own report
 * @param year the year of release
 * @param sdg an SDG target code ("4.a") or goal number ("4", which includes its targets)
 * @param organisation the CSO that issued the recommendation
 * @param brief the brief it comes from
 * @param source whether it comes from a CSO's brief or from a state programme's evaluation
 */
public record PublicFilter(Long body, Long theme, Position position, Completion implementation, Integer year, String sdg,
        Long organisation, Long brief, RecommendationSource source, PublicSort sort) {

    public static final List<String> PARAMETERS = List.of("body", "theme", "position", "implementation", "year", "sdg",
            "organisation", "brief", "source", "sort");
    private static final Pattern SDG = Pattern.compile("\\d{1,2}(\\.[0-9a-z]{1,2})?");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public PublicFilter {
        sort = sort == null ? PublicSort.NEWEST : sort;
    }

    public static PublicFilter none() {
        return new PublicFilter(null, null, null, null, null, null, null, null, null, PublicSort.NEWEST);
    }

    public PublicFilter withBody(Long value) {
        return new PublicFilter(value, theme, position, implementation, year, sdg, organisation, brief, source, sort);
    }

    public PublicFilter withTheme(Long value) {
        return new PublicFilter(body, value, position, implementation, year, sdg, organisation, brief, source, sort);
    }

    public PublicFilter withBrief(Long value) {
        return new PublicFilter(body, theme, position, implementation, year, sdg, organisation, value, source, sort);
    }

    public PublicFilter withSort(PublicSort value) {
        return new PublicFilter(body, theme, position, implementation, year, sdg, organisation, brief, source, value);
    }

    /** The SDG goal when {@link #sdg} names a whole goal, e.g. 4 for "4". */
    Integer sdgGoal() {
        return sdg != null && sdg.matches("\\d{1,2}") ? Integer.valueOf(sdg) : null;
    }

    /** The filter as request parameters, in a fixed order; the default sort is left out. */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "body", body);
        put(out, "theme", theme);
        put(out, "position", position);
        put(out, "implementation", implementation);
        put(out, "year", year);
        put(out, "sdg", sdg);
        put(out, "organisation", organisation);
        put(out, "brief", brief);
        if (source != null) {
            out.put("source", source.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (sort != PublicSort.NEWEST) {
            out.put("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }

    /** A filter read from request parameters, and the names of those that made no sense and were left out. */
    public record Parsed(PublicFilter filter, List<String> ignored) {}

    /** Reads what it can: a malformed or unknown value is ignored (and reported), never an error. */
    public static Parsed parse(Function<String, String> parameter) {
        List<String> ignored = new ArrayList<>();
        Reader read = new Reader(parameter, ignored);
        PublicFilter filter = new PublicFilter(read.id("body"), read.id("theme"), read.constant("position", Position.class),
                read.constant("implementation", Completion.class), read.year(), read.sdg(), read.id("organisation"),
                read.id("brief"), read.constant("source", RecommendationSource.class), read.constant("sort", PublicSort.class));
        return new Parsed(filter, List.copyOf(ignored));
    }

    private record Reader(Function<String, String> parameter, List<String> ignored) {

        String text(String name) {
            String value = parameter.apply(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        Long id(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{1,18}")) {
                return Long.valueOf(value);
            }
            ignored.add(name);
            return null;
        }

        <E extends Enum<E>> E constant(String name, Class<E> type) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            ignored.add(name);
            return null;
        }

        Integer year() {
            Long value = id("year");
            if (value != null && (value < FIRST_YEAR || value > LAST_YEAR)) {
                ignored.add("year");
                return null;
            }
            return value == null ? null : value.intValue();
        }

        String sdg() {
            String value = text("sdg");
            if (value == null) {
                return null;
            }
            String code = value.toLowerCase(java.util.Locale.ROOT);
            if (SDG.matcher(code).matches()) {
                return code;
            }
            ignored.add("sdg");
            return null;
        }
    }
}
