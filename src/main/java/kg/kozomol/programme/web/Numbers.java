package kg.kozomol.programme.web;

/** Reading ids and years typed into forms; null when the text is not one. */
final class Numbers {

    private Numbers() {}

    static Long id(String text) {
        return text != null && text.trim().matches("\\d{1,18}") ? Long.valueOf(text.trim()) : null;
    }

    static Integer year(String text) {
        if (text == null || !text.trim().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.trim());
        return year >= 1991 && year <= 2100 ? year : null;
    }

    /** A record version sent back by a form; null when none (or nonsense) was sent. */
    static Integer version(String text) {
        return text != null && text.trim().matches("\\d{1,9}") ? Integer.valueOf(text.trim()) : null;
    }

    static <E extends Enum<E>> E code(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }
}
