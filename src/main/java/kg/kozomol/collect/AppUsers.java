package kg.kozomol.collect;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.RecordRows;
import kg.kozomol.platform.RowCache;
import kg.kozomol.platform.StaleRecordException;

/** App users of a study, like ODK Central's: created by the study team, set up on a phone by QR code, revoked when lost. */
@Service
public class AppUsers implements RowCache {

    static final String ENTITY = "collect_app_user";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = "select id, study_id, display_name, token, created_at, revoked_at, version from collect_app_user";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /** Active app users by token: every phone request names one. Revoking one drops it. */
    private final CommittedCache<String, AppUser> byToken = new CommittedCache<>(100_000);

    AppUsers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What the audit log keeps of an app user: never the token. */
    record Audited(long id, long studyId, String displayName, boolean revoked) {
        static Audited of(AppUser user) {
            return new Audited(user.id(), user.studyId(), user.displayName(), !user.active());
        }
    }

    @Transactional
    public AppUser create(long studyId, String displayName, KozomolPrincipal creator) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("""
                insert into collect_app_user (study_id, display_name, token, created_by) values (:study, :name, :token, :by)
                returning id
                """).param("study", studyId).param("name", displayName.strip()).param("token", token).param("by", creator.id())
                .query(Long.class).single();
        AppUser created = require(id);
        audit.created(ENTITY, id, Audited.of(created));
        return created;
    }

    @Transactional
    public void revoke(long id, int expectedVersion) {
        AppUser before = require(id);
        int changed = jdbc.sql("""
                update collect_app_user set revoked_at = now(), version = version + 1
                where id = :id and version = :version and revoked_at is null
                """).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        byToken.invalidate(before.token());
        audit.updated(ENTITY, id, Audited.of(before), Audited.of(require(id)));
    }

    @Transactional(readOnly = true)
    public List<AppUser> ofStudy(long studyId) {
        return jdbc.sql(SELECT + " where study_id = :study order by revoked_at nulls first, display_name, id").param("study", studyId)
                .query(RecordRows.of(AppUser.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RecordRows.of(AppUser.class)).optional();
    }

    /**
     * The active app user holding this token; a revoked or unknown token finds nobody. Every phone request asks this
     * first: an active one is remembered until it is revoked, and the read needs no transaction of its own.
     */
    public Optional<AppUser> byToken(String token) {
        return byToken.get(token, t -> jdbc.sql(SELECT + " where token = :token and revoked_at is null").param("token", t)
                .query(RecordRows.of(AppUser.class)).optional());
    }

    @Override
    public void forgetAll() {
        byToken.clear();
    }

    private AppUser require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }
}
