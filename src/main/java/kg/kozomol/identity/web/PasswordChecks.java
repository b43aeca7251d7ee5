package kg.kozomol.identity.web;

import org.springframework.validation.BindingResult;
import kg.kozomol.identity.PasswordPolicy;

/** Shared by the invitation, reset and change-password forms. */
final class PasswordChecks {

    private PasswordChecks() {}

    static void check(String password, String confirmation, String email, BindingResult errors) {
        PasswordPolicy.violation(password, email)
                .ifPresent(key -> errors.rejectValue("password", key, new Object[] {PasswordPolicy.MIN, PasswordPolicy.MAX}, null));
        if (password != null && !password.equals(confirmation)) {
            errors.rejectValue("confirmation", "identity.password.mismatch");
        }
    }
}
