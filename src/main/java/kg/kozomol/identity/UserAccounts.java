package kg.kozomol.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.notify.MailFrequency;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/** Users, their memberships and the account life cycle: invitation, activation, reset, disabling. */
@Service
public class UserAccounts {

    static final String ENTITY = "user";
    static final String MEMBERSHIP = "membership";
    private static final String COLUMNS = """
            id, email, full_name, status, preferred_locale, failed_logins, locked_until, last_login_at, demo, mail_frequency,
            version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final PasswordEncoder passwords;
    private final SecuritySettings settings;
    private final Organisations organisations;
    private final UserSessions sessions;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, AuditLog audit, AccountTokens tokens, AccountMail mail, PasswordEncoder passwords,
            SecuritySettings settings, Organisations organisations, UserSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tokens = tokens;
        this.mail = mail;
        this.passwords = passwords;
        this.settings = settings;
        this.organisations = organisations;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public UserAccount invite(Invitation invitation) {
        Organisation organisation = organisations.require(invitation.organisationId());
        UserAccount user = insert(invitation.email(), invitation.fullName(), null, UserStatus.INVITED, invitation.language(), false);
        addMembership(user.id(), organisation.id(), invitation.role());
        String token = tokens.issue(user.id(), AccountTokenPurpose.INVITATION, settings.invitationTtl());
        mail.invitation(user.email(), user.fullName(), user.preferredLocale(), token, organisation.name(Locale.forLanguageTag(user.preferredLocale())));
        return user;
    }

    @Transactional
    public void resendInvitation(long userId) {
        UserAccount user = require(userId);
        if (user.status() != UserStatus.INVITED) {
            throw new IllegalStateException("Only invited users get invitations");
        }
        String organisation = memberships(userId).stream().findFirst().map(MemberRole::organisationName).orElse("");
        String token = tokens.issue(user.id(), AccountTokenPurpose.INVITATION, settings.invitationTtl());
        mail.invitation(user.email(), user.fullName(), user.preferredLocale(), token, organisation);
    }

    /** Creates a ready-to-use account; for demo data and the first administrator. */
    @Transactional
    public UserAccount createActive(String email, String fullName, String rawPassword, List<Membership> memberships, boolean demo) {
        UserAccount user = insert(email, fullName, passwords.encode(rawPassword), UserStatus.ACTIVE, "ru", demo);
        memberships.forEach(m -> addMembership(user.id(), m.organisationId(), m.role()));
        return user;
    }

    private UserAccount insert(String email, String fullName, String hash, UserStatus status, String language, boolean demo) {
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (findByEmail(normalised).isPresent()) {
            throw new DuplicateEmailException();
        }
        try {
            long id = jdbc.sql("""
                    insert into app_user (email, full_name, password_hash, status, preferred_locale, demo)
                    values (:email, :name, :hash, :status, :locale, :demo) returning id
                    """)
                    .param("email", normalised).param("name", fullName.trim()).param("hash", hash)
                    .param("status", status.name()).param("locale", language == null ? "ru" : language).param("demo", demo)
                    .query(Long.class).single();
            UserAccount created = require(id);
            audit.created(ENTITY, id, created);
            return created;
        } catch (DuplicateKeyException e) {
            throw new DuplicateEmailException();
        }
    }

    @Transactional
    public UserAccount acceptInvitation(String token, String rawPassword) {
        long userId = tokens.consume(token, AccountTokenPurpose.INVITATION);
        UserAccount before = require(userId);
        jdbc.sql("""
                update app_user set password_hash = :hash, status = 'ACTIVE', failed_logins = 0, locked_until = null,
                  updated_at = now(), version = version + 1
                where id = :id and status = 'INVITED'
                """).param("hash", passwords.encode(rawPassword)).param("id", userId).update();
        UserAccount after = require(userId);
        audit.updated(ENTITY, userId, before, after);
        return after;
    }

    /** Sends a reset link if an active account has this e-mail; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        findByEmail(email == null ? "" : email).filter(u -> u.status() == UserStatus.ACTIVE).ifPresent(user -> {
            String token = tokens.issue(user.id(), AccountTokenPurpose.PASSWORD_RESET, settings.resetTtl());
            mail.passwordReset(user.email(), user.fullName(), user.preferredLocale(), token);
        });
    }

    @Transactional
    public UserAccount resetPassword(String token, String rawPassword) {
        long userId = tokens.consume(token, AccountTokenPurpose.PASSWORD_RESET);
        UserAccount before = require(userId);
        jdbc.sql("""
                update app_user set password_hash = :hash, failed_logins = 0, locked_until = null, updated_at = now(),
                  version = version + 1 where id = :id
                """).param("hash", passwords.encode(rawPassword)).param("id", userId).update();
        UserAccount after = require(userId);
        audit.updated(ENTITY, userId, before, after);
        sessions.endAll(after.email());
        return after;
    }

    @Transactional
    public boolean changePassword(long userId, String currentPassword, String newPassword) {
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", userId)
                .query(String.class).optional().orElse(null);
        if (hash == null || !passwords.matches(currentPassword, hash)) {
            return false;
        }
        UserAccount before = require(userId);
        jdbc.sql("update app_user set password_hash = :hash, updated_at = now(), version = version + 1 where id = :id")
                .param("hash", passwords.encode(newPassword)).param("id", userId).update();
        audit.updated(ENTITY, userId, before, require(userId));
        return true;
    }

    @Transactional
    public UserAccount updateProfile(long userId, int expectedVersion, String fullName, String language,
            MailFrequency mailFrequency) {
        UserAccount before = require(userId);
        int changed = jdbc.sql("""
                update app_user set full_name = :name, preferred_locale = :locale, mail_frequency = :mail, updated_at = now(),
                  version = version + 1
                where id = :id and version = :version
                """).param("name", fullName.trim()).param("locale", language).param("mail", mailFrequency.name())
                .param("id", userId).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + userId);
        }
        UserAccount after = require(userId);
        audit.updated(ENTITY, userId, before, after);
        return after;
    }

    @Transactional
    public void rememberLanguage(long userId, String language) {
        jdbc.sql("update app_user set preferred_locale = :locale where id = :id and preferred_locale <> :locale")
                .param("locale", language).param("id", userId).update();
    }

    @Transactional
    public UserAccount setStatus(long userId, UserStatus status) {
        UserAccount before = require(userId);
        if (before.status() == status) {
            return before;
        }
        if (status == UserStatus.ACTIVE && before.status() == UserStatus.INVITED) {
            throw new IllegalStateException("Invited users activate themselves through their link");
        }
        jdbc.sql("update app_user set status = :status, updated_at = now(), version = version + 1 where id = :id")
                .param("status", status.name()).param("id", userId).update();
        UserAccount after = require(userId);
        audit.updated(ENTITY, userId, before, after);
        if (status == UserStatus.DISABLED) {
            sessions.endAll(after.email());
        }
        return after;
    }

    @Transactional
    public void unlock(long userId) {
        UserAccount before = require(userId);
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, updated_at = now(), version = version + 1 where id = :id")
                .param("id", userId).update();
        audit.updated(ENTITY, userId, before, require(userId));
    }

    @Transactional
    public boolean addMembership(long userId, long organisationId, Role role) {
        organisations.require(organisationId);
        int added = jdbc.sql("""
                insert into membership (user_id, organisation_id, role) values (:user, :org, :role) on conflict do nothing
                """).param("user", userId).param("org", organisationId).param("role", role.name()).update();
        if (added > 0) {
            audit.created(MEMBERSHIP, userId + ":" + organisationId + ":" + role,
                    Map.of("userId", userId, "organisationId", organisationId, "role", role.name()));
        }
        return added > 0;
    }

    @Transactional
    public boolean removeMembership(long userId, long organisationId, Role role) {
        int removed = jdbc.sql("delete from membership where user_id = :user and organisation_id = :org and role = :role")
                .param("user", userId).param("org", organisationId).param("role", role.name()).update();
        if (removed > 0) {
            audit.deleted(MEMBERSHIP, userId + ":" + organisationId + ":" + role,
                    Map.of("userId", userId, "organisationId", organisationId, "role", role.name()));
        }
        return removed > 0;
    }

    @Transactional(readOnly = true)
    public List<MemberRole> memberships(long userId) {
        return membershipsOf(List.of(userId));
    }

    @Transactional(readOnly = true)
    public List<MemberRole> membershipsOf(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.user_id, m.organisation_id, o.name_ru, o.kind, m.role
                from membership m join organisation o on o.id = m.organisation_id
                where m.user_id in (:ids) order by o.name_ru, m.role
                """).param("ids", userIds)
                .query((rs, i) -> new MemberRole(rs.getLong("user_id"), rs.getLong("organisation_id"), rs.getString("name_ru"),
                        OrganisationKind.valueOf(rs.getString("kind")), Role.valueOf(rs.getString("role"))))
                .list();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> membersOf(long organisationId) {
        return jdbc.sql("select distinct " + prefixed() + " from app_user u join membership m on m.user_id = u.id "
                + "where m.organisation_id = :org order by u.full_name").param("org", organisationId)
                .query(UserAccounts::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id).query(UserAccounts::map).optional();
    }

    /**
     * The user as a signed-in principal with their memberships as they are now, for work done later on their behalf (a
     * background job), so the audit log names them and a revoked right stops it; empty unless the account is active.
     */
    @Transactional(readOnly = true)
    public Optional<KozomolPrincipal> actingAs(long id) {
        return find(id).filter(u -> u.status() == UserStatus.ACTIVE)
                .map(u -> new KozomolPrincipal(u.id(), u.email(), u.fullName(), null, true, null,
                        memberships(id).stream().map(m -> new Membership(m.organisationId(), m.role())).toList(),
                        u.preferredLocale()));
    }

    public UserAccount require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(:email)")
                .param("email", email.trim()).query(UserAccounts::map).optional();
    }

    @Transactional(readOnly = true)
    public PageOf<UserAccount> search(String text, Long organisationId, Role role, UserStatus status, PageRequest page) {
        String where = """
                 where (:text::text is null or u.email ilike :text or u.full_name ilike :text)
                   and (:status::text is null or u.status = :status)
                   and (:org::bigint is null and :role::text is null or exists (select 1 from membership m where m.user_id = u.id
                        and (:org::bigint is null or m.organisation_id = :org) and (:role::text is null or m.role = :role)))
                """;
        String pattern = kg.kozomol.platform.SqlText.containsPattern(text);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("text", pattern);
        params.put("status", status == null ? null : status.name());
        params.put("org", organisationId);
        params.put("role", role == null ? null : role.name());
        long total = jdbc.sql("select count(*) from app_user u" + where).params(params).query(Long.class).single();
        List<UserAccount> rows = jdbc.sql("select " + prefixed() + " from app_user u" + where
                        + " order by u.full_name, u.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(UserAccounts::map).list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    /** Records a wrong password and locks the account, with back-off, past the threshold. */
    @Transactional
    public Optional<java.time.Instant> recordFailedLogin(String email) {
        return findByEmail(email).map(user -> {
            int failures = user.failedLogins() + 1;
            java.time.Duration lock = settings.lockout().after(failures);
            Timestamp until = lock.isZero() ? null : Timestamp.from(clock.instant().plus(lock));
            jdbc.sql("update app_user set failed_logins = :failures, locked_until = coalesce(:until, locked_until) where id = :id")
                    .param("failures", failures).param("until", until).param("id", user.id()).update();
            return until == null ? null : until.toInstant();
        });
    }

    @Transactional
    public void recordSuccessfulLogin(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", userId).update();
    }

    /** Everything the login needs: the hash, status, lock and memberships. */
    @Transactional(readOnly = true)
    public Optional<LoginRecord> loginRecord(String email) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from app_user where lower(email) = lower(:email)")
                .param("email", email == null ? "" : email.trim())
                .query((rs, i) -> new LoginRecord(map(rs, i), rs.getString("password_hash")))
                .optional()
                .map(r -> r.withMemberships(memberships(r.user().id()).stream()
                        .map(m -> new Membership(m.organisationId(), m.role())).toList()));
    }

    /** A user's stored login data; the hash never leaves the identity module except to Spring Security. */
    public record LoginRecord(UserAccount user, String passwordHash, List<Membership> memberships) {
        LoginRecord(UserAccount user, String passwordHash) {
            this(user, passwordHash, List.of());
        }

        LoginRecord withMemberships(List<Membership> list) {
            return new LoginRecord(user, passwordHash, list);
        }
    }

    private static String prefixed() {
        return "u.id, u.email, u.full_name, u.status, u.preferred_locale, u.failed_logins, u.locked_until, u.last_login_at, u.demo, "
                + "u.mail_frequency, u.version";
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserAccount(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"),
                UserStatus.valueOf(rs.getString("status")), rs.getString("preferred_locale"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), last == null ? null : last.toInstant(), rs.getBoolean("demo"),
                MailFrequency.valueOf(rs.getString("mail_frequency")), rs.getInt("version"));
    }
}
