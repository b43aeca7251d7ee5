package kg.kozomol.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A public search: the words typed and the facets chosen. Words are letters and digits only; everything else a
 * reader types (quotes, SQL, markup) separates words and is never interpreted.
 */
public record SearchRequest(String text, SearchType type, Long theme, Long body) {

    public static final int MAX_TEXT = 200;
    static final int MAX_WORDS = 8;
    static final int MAX_WORD = 40;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public List<String> words() {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w).limit(MAX_WORDS).toList();
    }

    public boolean isEmpty() {
        return words().isEmpty();
    }

    public SearchRequest withType(SearchType value) {
        return new SearchRequest(text, value, theme, body);
    }

    public SearchRequest withTheme(Long value) {
        return new SearchRequest(text, type, value, body);
    }

    public SearchRequest withBody(Long value) {
        return new SearchRequest(text, type, theme, value);
    }

    /** The request as parameters of {@code /p/search}. */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("q", text);
        if (type != null) {
            out.put("type", type.name().toLowerCase(Locale.ROOT));
        }
        if (theme != null) {
            out.put("theme", theme.toString());
        }
        if (body != null) {
            out.put("body", body.toString());
        }
        return out;
    }

    /** Reads what it can; a malformed facet is simply not applied. */
    public static SearchRequest parse(Function<String, String> parameter) {
        return new SearchRequest(parameter.apply("q"), type(parameter.apply("type")), id(parameter.apply("theme")),
                id(parameter.apply("body")));
    }

    private static SearchType type(String value) {
        return value == null ? null : Arrays.stream(SearchType.values()).filter(t -> t.name().equalsIgnoreCase(value.trim()))
                .findFirst().orElse(null);
    }

    private static Long id(String value) {
        return value != null && value.trim().matches("\\d{1,18}") ? Long.valueOf(value.trim()) : null;
    }
}
