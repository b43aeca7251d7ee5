package kg.kozomol.study;

/** An item of the design a comment can be anchored to: the whole design, the plan, or a named part of it. */
public record CommentItem(Anchor anchor, String label) {

    /** The value a form sends, e.g. {@code DOMAIN:Women}. */
    public String value() {
        return label == null ? anchor.name() : anchor.name() + ":" + label;
    }

    public static java.util.Optional<CommentItem> parse(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        int colon = value.indexOf(':');
        String code = colon < 0 ? value : value.substring(0, colon);
        try {
            Anchor anchor = Anchor.valueOf(code);
            String label = colon < 0 ? null : value.substring(colon + 1);
            return anchor.labelled() == (label != null) ? java.util.Optional.of(new CommentItem(anchor, label))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
