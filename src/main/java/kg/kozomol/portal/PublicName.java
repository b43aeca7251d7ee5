package kg.kozomol.portal;

import java.util.Locale;
import kg.kozomol.platform.Languages;

/** The name of an organisation or a theme in Russian (always there), Kyrgyz and English. */
public record PublicName(String ru, String ky, String en) {

    public String in(Locale locale) {
        return Languages.pick(locale, ru, ky, en);
    }

    public String lang(Locale locale) {
        return Languages.languageOf(locale, ru, ky, en);
    }
}
