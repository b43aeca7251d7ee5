package kg.kozomol.portal;

import java.util.Locale;
import kg.kozomol.platform.Languages;

/** A published text in Russian and Kyrgyz; either may be missing. */
public record PublicText(String ru, String ky) {

    /** The reader's language first, the other one when it is missing. */
    public String in(Locale locale) {
        return Languages.pick(locale, ru, ky);
    }

    /** The language of {@link #in(Locale)}, for the {@code lang} attribute of the element showing it. */
    public String lang(Locale locale) {
        return Languages.languageOf(locale, ru, ky);
    }

    public boolean isEmpty() {
        return !Languages.present(ru) && !Languages.present(ky);
    }

    /** The text slugs and canonical addresses are made from: Russian when there is one, so they never depend on the reader. */
    String canonical() {
        return Languages.present(ru) ? ru : ky;
    }
}
