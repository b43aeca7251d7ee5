package kg.kozomol.collect.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not blank, and unique ignoring case.
 * A long repeat name is cut, and a clash gets a {@code ~2}, {@code ~3}... suffix inside the limit.
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        return unique(wanted, "");
    }

    /** A name ending in the suffix (e.g. {@code " (2)"} for a continuation), the wanted part cut to make room. */
    String unique(String wanted, String suffix) {
        String base = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        base = base.replaceAll("^'+|'+$", "");
        if (base.isEmpty()) {
            base = "sheet";
        }
        String name = cut(base, suffix);
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = cut(base, "~" + n + suffix);
        }
        return name;
    }

    private static String cut(String base, String suffix) {
        int room = MAX - suffix.length();
        if (base.length() <= room) {
            return base + suffix;
        }
        // Never split a character outside the basic plane in two.
        int end = Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room;
        return base.substring(0, end) + suffix;
    }
}
