package kg.kozomol.collect.expr;

/** An expression that cannot be read or evaluated; {@code position} is the character where reading stopped. */
public class ExprException extends RuntimeException {

    private final int position;

    public ExprException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
