package kg.kozomol.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Russian is the default; Kyrgyz and English are complete translations. */
public final class SupportedLocales {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> ALL = List.of(RUSSIAN, KYRGYZ, ENGLISH);

    private SupportedLocales() {}

    public static Optional<Locale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
