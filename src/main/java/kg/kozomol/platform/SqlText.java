package kg.kozomol.platform;

/** Turns what a user typed into a search box into a LIKE pattern that matches it literally. */
public final class SqlText {

    private SqlText() {}

    /** {@code %text%} with LIKE's special characters escaped, or null when nothing was typed. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
