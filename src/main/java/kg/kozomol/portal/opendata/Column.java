package kg.kozomol.portal.opendata;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One column of a table download: its key (the header is the message {@code opendata.field.<key>}, its meaning
 * {@code opendata.field.<key>.about}), its type as the data dictionary names it, and its value in the reader's language.
 */
public record Column<T>(String key, String type, BiFunction<T, Locale, Object> value) {

    static <T> Column<T> of(String key, String type, java.util.function.Function<T, Object> value) {
        return new Column<>(key, type, (item, locale) -> value.apply(item));
    }

    static <T> Column<T> localised(String key, BiFunction<T, Locale, Object> value) {
        return new Column<>(key, "text", value);
    }
}
