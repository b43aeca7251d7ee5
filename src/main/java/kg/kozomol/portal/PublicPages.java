package kg.kozomol.portal;

import kg.kozomol.platform.PageRequest;

/** Paging of public lists from raw request parameters: anything unreadable means the default, sizes are capped. */
public final class PublicPages {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    private PublicPages() {}

    public static PageRequest of(String page, String size) {
        int number = number(page, 1);
        int rows = Math.min(number(size, DEFAULT_SIZE), MAX_SIZE);
        return new PageRequest(number, rows);
    }

    /** Capped so that the row offset stays well inside an int. */
    private static int number(String text, int fallback) {
        if (text == null || !text.trim().matches("\\d{1,9}")) {
            return fallback;
        }
        int value = Integer.parseInt(text.trim());
        return value < 1 ? fallback : Math.min(value, 100_000);
    }
}
