package kg.kozomol.identity;

public class DuplicateNameException extends RuntimeException {

    public DuplicateNameException(String name) {
        super("Name already used: " + name.length());
    }
}
