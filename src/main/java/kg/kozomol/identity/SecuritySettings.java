package kg.kozomol.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Account security settings.
 *
 * @param lockout after how many failures an account locks, and for how long (doubling per further failure)
 * @param invitationTtl how long an invitation link works
 * @param resetTtl how long a password-reset link works
 */
@Validated
@ConfigurationProperties("kozomol.security")
public record SecuritySettings(@NotNull Lockout lockout, @NotNull Duration invitationTtl, @NotNull Duration resetTtl) {

    public record Lockout(@Min(1) int threshold, @Min(1) long baseSeconds, @Min(1) long maxSeconds) {

        /** Lock time after the given number of consecutive failures; zero below the threshold. */
        public Duration after(int failures) {
            if (failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            long seconds = Math.min(maxSeconds, baseSeconds * (1L << doublings));
            return Duration.ofSeconds(seconds);
        }
    }
}
