package kg.kozomol.portal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Readable address parts: Cyrillic (Russian and Kyrgyz) transliterated to Latin, everything else a hyphen. */
public final class Slugs {

    static final int MAX_LENGTH = 60;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"), Map.entry('ө', "o"), Map.entry('ү', "u"), Map.entry('ң', "ng"), Map.entry('і', "i"));

    private Slugs() {}

    /** E.g. "Алименты: кто платит?" → "alimenty-kto-platit"; at most 60 characters, cut at a word end. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // Decomposing first turns й into и and ё into е, and strips Latin accents.
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder slug = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (CYRILLIC.containsKey(c)) {
                slug.append(CYRILLIC.get(c));
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        String result = slug.toString();
        if (result.length() > MAX_LENGTH) {
            int cut = result.lastIndexOf('-', MAX_LENGTH);
            result = result.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return result.replaceAll("^-+|-+$", "");
    }

    /** The last part of a public address: the id, then the slug when there is one. */
    public static String key(long id, String text) {
        String slug = of(text);
        return slug.isEmpty() ? Long.toString(id) : id + "-" + slug;
    }

    /** The id at the start of an address part ("12-alimenty" → 12), or -1 when it does not start with one. */
    public static long idOf(String key) {
        if (key == null) {
            return -1;
        }
        int end = 0;
        while (end < key.length() && end < 18 && Character.isDigit(key.charAt(end)) && key.charAt(end) < 128) {
            end++;
        }
        boolean ends = end == key.length() || key.charAt(end) == '-';
        return end == 0 || !ends ? -1 : Long.parseLong(key, 0, end, 10);
    }
}
