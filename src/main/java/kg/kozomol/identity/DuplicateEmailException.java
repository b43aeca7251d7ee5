package kg.kozomol.identity;

public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException() {
        super("E-mail already registered");
    }
}
