package kg.kozomol.platform;

/** The record asked for does not exist, or the user may not know that it does; answered with a 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
