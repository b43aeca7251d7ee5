package kg.kozomol.identity;

import java.time.Instant;

/** A user as stored, without the password hash. */
public record UserAccount(long id, String email, String fullName, UserStatus status, String preferredLocale,
        int failedLogins, Instant lockedUntil, Instant lastLoginAt, boolean demo, int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
