package kg.kozomol.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links. The token itself only ever travels in the e-mail; the database keeps its SHA-256,
 * so a leaked database does not let anyone take over accounts.
 */
@Component
public class AccountTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final kg.kozomol.audit.AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(JdbcClient jdbc, Clock clock, kg.kozomol.audit.AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String issue(long userId, AccountTokenPurpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Any earlier link of the same kind stops working: only the newest one is valid.
        jdbc.sql("update account_token set used_at = now() where user_id = :user and purpose = :purpose and used_at is null")
                .param("user", userId).param("purpose", purpose.name()).update();
        jdbc.sql("insert into account_token (user_id, purpose, token_hash, expires_at) values (:user, :purpose, :hash, :expires)")
                .param("user", userId).param("purpose", purpose.name()).param("hash", hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(validity))).update();
        // The log says that a link went out and until when it works, never the token.
        audit.created("account_token", userId, java.util.Map.of("purpose", purpose.name(),
                "expiresAt", clock.instant().plus(validity).toString()));
        return token;
    }

    /** The user a valid, unused token belongs to, without using it up. */
    @Transactional(readOnly = true)
    public Optional<Long> peek(String token, AccountTokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select user_id from account_token
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                """)
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
    }

    /** Uses the token up; a second use of the same link fails even if two requests race. */
    @Transactional(propagation = Propagation.MANDATORY)
    long consume(String token, AccountTokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidTokenException();
        }
        return jdbc.sql("""
                update account_token set used_at = now()
                where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                returning user_id
                """)
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElseThrow(InvalidTokenException::new);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
