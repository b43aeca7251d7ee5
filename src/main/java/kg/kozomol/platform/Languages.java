package kg.kozomol.platform;

import java.util.Locale;

/** Picks the text to show a reader from the versions a record has in its languages. */
public final class Languages {

    private Languages() {}

    /** Russian and Kyrgyz: the reader's language first, the other one when it is missing, else "". */
    public static String pick(Locale locale, String ru, String ky) {
        boolean kyrgyz = locale != null && "ky".equals(locale.getLanguage());
        String first = kyrgyz ? ky : ru;
        String second = kyrgyz ? ru : ky;
        return present(first) ? first : present(second) ? second : "";
    }

    /** Russian, Kyrgyz and English, where Russian is always there: the reader's language when present, else Russian. */
    public static String pick(Locale locale, String ru, String ky, String en) {
        String language = locale == null ? "ru" : locale.getLanguage();
        if ("ky".equals(language) && present(ky)) {
            return ky;
        }
        if ("en".equals(language) && present(en)) {
            return en;
        }
        return ru;
    }

    /** The language, "ru" or "ky", of the text {@link #pick(Locale, String, String)} returns. */
    public static String languageOf(Locale locale, String ru, String ky) {
        boolean kyrgyz = locale != null && "ky".equals(locale.getLanguage());
        if (kyrgyz) {
            return present(ky) || !present(ru) ? "ky" : "ru";
        }
        return present(ru) || !present(ky) ? "ru" : "ky";
    }

    /** The language of the text {@link #pick(Locale, String, String, String)} returns. */
    public static String languageOf(Locale locale, String ru, String ky, String en) {
        String language = locale == null ? "ru" : locale.getLanguage();
        if ("ky".equals(language) && present(ky)) {
            return "ky";
        }
        return "en".equals(language) && present(en) ? "en" : "ru";
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
