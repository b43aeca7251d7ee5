package kg.kozomol.catalog;

public class DuplicateThemeCodeException extends RuntimeException {

    public DuplicateThemeCodeException() {
        super("Theme code already used");
    }
}
