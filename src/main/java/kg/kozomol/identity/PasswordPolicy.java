package kg.kozomol.identity;

import java.util.Optional;

/** Length-based, as NIST SP 800-63B advises: at least 10 characters, not the e-mail itself. */
public final class PasswordPolicy {

    public static final int MIN = 10;
    public static final int MAX = 128;

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAX) {
            return Optional.of("identity.password.tooLong");
        }
        if (email != null && password.equalsIgnoreCase(email)) {
            return Optional.of("identity.password.isEmail");
        }
        return Optional.empty();
    }
}
