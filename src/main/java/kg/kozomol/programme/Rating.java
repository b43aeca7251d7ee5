package kg.kozomol.programme;

/** The six-point scale, from highly unsatisfactory (1) to highly satisfactory (6); labels are in the message bundles. */
public final class Rating {

    public static final int MIN = 1;
    public static final int MAX = 6;

    private Rating() {}

    /** The rating a text names, or null when it is not a point of the scale. */
    public static Integer read(String text) {
        if (text == null || !text.trim().matches("\\d")) {
            return null;
        }
        int value = Integer.parseInt(text.trim());
        return value >= MIN && value <= MAX ? value : null;
    }
}
