package kg.kozomol.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kg.kozomol.portal.PublicName;

/** An option of a public filter: the value sent, its label in the reader's language, and the label's language. */
record Choice(String value, String label, String lang) {

    static <T> List<Choice> of(List<T> items, Function<T, Object> value, Function<T, PublicName> name, Locale locale) {
        return items.stream().map(item -> {
            PublicName n = name.apply(item);
            return new Choice(String.valueOf(value.apply(item)), n.in(locale), n.lang(locale));
        }).toList();
    }
}
