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
            Map.entry('я', "ia"), Map.entry('й', "i"), Map.entry('ё', "e"), Map.entry('ө', "o"), Map.entry('ү', "u"),
            Map.entry('ң', "ng"), Map.entry('і', "i"));

    private Slugs() {}

    /** E.g. "Алименты: кто платит?" → "alimenty-kto-platit"; at most 60 characters, cut at a word end. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder slug = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            char plain = c < 128 || CYRILLIC.containsKey(c) ? c : withoutAccent(c);
            if ((plain >= 'a' && plain <= 'z') || (plain >= '0' && plain <= '9')) {
                slug.append(plain);
            } else if (CYRILLIC.containsKey(plain)) {
                slug.append(CYRILLIC.get(plain));
            } else if (Character.getType(plain) != Character.NON_SPACING_MARK && slug.length() > 0
                    && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf("-", MAX_LENGTH);
            slug.setLength(cut > 0 ? cut : MAX_LENGTH);
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    /** "é" → "e": the base letter of an accented one (decomposed, marks dropped). */
    private static char withoutAccent(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? c : decomposed.charAt(0);
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

    /** The id of an address part; one that does not start with an id is not found. */
    public static long requireId(String key) {
        long id = idOf(key);
        if (id < 0) {
            throw new kg.kozomol.platform.NotFoundException("public key " + key);
        }
        return id;
    }
}
