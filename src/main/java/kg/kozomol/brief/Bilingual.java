package kg.kozomol.brief;

import java.util.Locale;

/** A text in Russian and Kyrgyz; either may be missing. */
public record Bilingual(String ru, String ky) {

    public static final Bilingual EMPTY = new Bilingual(null, null);

    /** The reader's language first, the other one when it is missing. */
    public String in(Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, ru, ky);
    }

    /** The language of {@link #in(Locale)}, for the {@code lang} attribute of the element showing it. */
    public String lang(Locale locale) {
        return kg.kozomol.platform.Languages.languageOf(locale, ru, ky);
    }

    public boolean isEmpty() {
        return !present(ru) && !present(ky);
    }

    static boolean present(String text) {
        return kg.kozomol.platform.Languages.present(text);
    }
}
