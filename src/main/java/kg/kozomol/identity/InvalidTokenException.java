package kg.kozomol.identity;

/** The link is unknown, expired or already used; the page says so without telling which. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("Invalid or expired link");
    }
}
