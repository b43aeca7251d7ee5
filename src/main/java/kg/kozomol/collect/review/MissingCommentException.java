package kg.kozomol.collect.review;

/** A submission is marked as having issues or rejected without a comment saying why. */
public class MissingCommentException extends RuntimeException {

    public MissingCommentException() {
        super("a comment is required");
    }
}
