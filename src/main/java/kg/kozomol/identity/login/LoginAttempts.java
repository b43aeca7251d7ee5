package kg.kozomol.identity.login;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import kg.kozomol.audit.AuditAction;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;

/** Counts wrong passwords towards the lockout, resets the count on success, and logs both. */
@Component
class LoginAttempts {

    private final UserAccounts users;
    private final AuditLog audit;

    LoginAttempts(UserAccounts users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByEmail(email).ifPresent(user -> {
            var lockedUntil = users.recordFailedLogin(email);
            audit.security(lockedUntil.isPresent() ? AuditAction.LOCKED : AuditAction.LOGIN_FAILED, user.id(), user.email());
        });
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByEmail(email).ifPresent(user -> audit.security(AuditAction.LOGIN_FAILED, user.id(), user.email()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KozomolPrincipal principal) {
            users.recordSuccessfulLogin(principal.id());
            audit.security(AuditAction.LOGIN, principal.id(), principal.email());
        }
    }
}
