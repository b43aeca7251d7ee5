package kg.kozomol.brief.export;

import java.util.Locale;
import java.util.Map;

/**
 * The name a download is saved under: the title in Latin letters, the language and the version, e.g.
 * {@code dostup-k-pravosudiyu-ky-v3.pdf}. Plain ASCII, so every browser and mail client keeps it intact.
 */
final class ExportFileName {

    private static final int MAX_SLUG = 60;
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ө', "o"), Map.entry('ү', "u"),
            Map.entry('ң', "ng"));

    private ExportFileName() {}

    static String of(ExportedBrief brief, ExportFormat format) {
        String slug = slug(brief.cover().title().value());
        String version = brief.cover().version() > 0 ? "v" + brief.cover().version() : "draft";
        return (slug.isEmpty() ? "brief-" + brief.briefId() : slug) + "-" + brief.language().code() + "-" + version + "."
                + format.extension();
    }

    static String slug(String title) {
        StringBuilder latin = new StringBuilder();
        for (char c : (title == null ? "" : title.toLowerCase(Locale.ROOT)).toCharArray()) {
            String mapped = LATIN.get(c);
            latin.append(mapped != null ? mapped : (c < 128 && Character.isLetterOrDigit(c)) ? String.valueOf(c) : "-");
        }
        String slug = latin.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug;
    }
}
