package kg.kozomol.platform.web;

import java.util.Locale;

/**
 * What a public page tells search engines and link previews: its canonical address (absolute), title,
 * description and OpenGraph type. A page puts one in its model as {@code pageMeta}; the layout writes the tags.
 *
 * @param indexable false for pages search engines should not list (e.g. search results)
 */
public record PageMeta(String title, String description, String canonicalUrl, String type, boolean indexable) {

    /** OpenGraph's locale for the reader's language. */
    public String ogLocale(Locale locale) {
        return switch (locale == null ? "ru" : locale.getLanguage()) {
            case "ky" -> "ky_KG";
            case "en" -> "en_GB";
            default -> "ru_RU";
        };
    }
}
