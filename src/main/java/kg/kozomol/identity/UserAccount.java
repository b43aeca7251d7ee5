package kg.kozomol.identity;

import java.time.Instant;
import kg.kozomol.notify.MailFrequency;

/** A user as stored, without the password hash. */
public record UserAccount(long id, String email, String fullName, UserStatus status, String preferredLocale,
        int failedLogins, Instant lockedUntil, Instant lastLoginAt, boolean demo, MailFrequency mailFrequency,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
