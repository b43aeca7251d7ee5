package kg.kozomol.qual.refi;

/**
 * A file that is not imported at all. {@code reason} is stable, so a page can show a localised message for it.
 */
public class RefiFormatException extends Exception {

    public enum Reason {
        NOT_A_ZIP, UNSAFE_PATH, TOO_LARGE, NO_PROJECT, BAD_XML, MISSING_SOURCE
    }

    private final Reason reason;

    public RefiFormatException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public RefiFormatException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
