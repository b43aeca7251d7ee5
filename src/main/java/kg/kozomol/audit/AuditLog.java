package kg.kozomol.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.SqlText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change to a domain record in the same transaction as the change, so the log and the data
 * cannot disagree. Features call {@link #created}, {@link #updated}, {@link #deleted} or {@link #viewed}.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ZoneId zone;
    /** The CTE of {@link #createdBy} by source: formatted once, not on every request. */
    private final Map<String, String> batchedSql = new java.util.concurrent.ConcurrentHashMap<>();

    AuditLog(JdbcClient jdbc, JsonMapper json, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object entityId, Object after) {
        record(entityType, entityId, AuditAction.CREATE, null, after);
    }

    /**
     * Many records created at once, logged as {@link #created} logs each one (in the map's order) but in one statement:
     * for imports of thousands of records.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createdAll(String entityType, Map<?, ?> afterById) {
        if (afterById.isEmpty()) {
            return;
        }
        String[] ids = new String[afterById.size()];
        String[] after = new String[afterById.size()];
        int i = 0;
        for (Map.Entry<?, ?> created : afterById.entrySet()) {
            ids[i] = String.valueOf(created.getKey());
            after[i] = toJson(created.getValue());
            i++;
        }
        KozomolPrincipal actor = CurrentUser.get().orElse(null);
        jdbc.sql("""
                insert into audit_event (actor_id, actor_email, entity_type, entity_id, action, after_state, client_ip)
                select :actorId, :actorEmail, :entityType, t.entity_id, :action, cast(t.after_state as jsonb), :ip
                from unnest(cast(:ids as text[]), cast(:after as text[])) with ordinality as t (entity_id, after_state, n)
                order by t.n
                """)
                .param("actorId", actor == null ? null : actor.id())
                .param("actorEmail", actor == null ? null : actor.email())
                .param("entityType", entityType)
                .param("action", AuditAction.CREATE.name())
                .param("ids", ids)
                .param("after", after)
                .param("ip", clientIp())
                .update();
    }

    /**
     * The audit entries of the rows a caller's own statement creates, written by that statement: for inserts made on
     * every request (a phone's submission), where a statement of its own would cost another round trip. The caller's
     * statement starts {@code with <source> as (insert ... returning id)}, then {@link Batched#sql} (another
     * data-modifying CTE, starting with a comma), then its final select, and binds {@link Batched#params} too. Each
     * created row gets the entry {@link #created} would write, its state {@code after} with the row's id as "id".
     */
    public Batched createdBy(String source, String entityType, Object after) {
        KozomolPrincipal actor = CurrentUser.get().orElse(null);
        String p = source + "Audit";
        Map<String, Object> params = new HashMap<>();
        params.put(p + "ActorId", actor == null ? null : actor.id());
        params.put(p + "ActorEmail", actor == null ? null : actor.email());
        params.put(p + "EntityType", entityType);
        params.put(p + "Action", AuditAction.CREATE.name());
        params.put(p + "After", toJson(after));
        params.put(p + "Ip", clientIp());
        return new Batched(batchedSql.computeIfAbsent(source, AuditLog::batchedSql), params);
    }

    private static String batchedSql(String source) {
        return """
                , %1$s_audit as (
                  insert into audit_event (actor_id, actor_email, entity_type, entity_id, action, after_state, client_ip)
                  select :%2$sActorId, :%2$sActorEmail, :%2$sEntityType, created.id::text, :%2$sAction,
                    cast(:%2$sAfter as jsonb) || jsonb_build_object('id', created.id), :%2$sIp
                  from %1$s created
                )
                """.formatted(source, source + "Audit");
    }

    /** A data-modifying CTE writing audit entries, and the parameters it names; see {@link #createdBy}. */
    public record Batched(String sql, Map<String, Object> params) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object entityId, Object before, Object after) {
        record(entityType, entityId, AuditAction.UPDATE, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object entityId, Object before) {
        record(entityType, entityId, AuditAction.DELETE, before, null);
    }

    @Transactional
    public void viewed(String entityType, Object entityId) {
        record(entityType, entityId, AuditAction.VIEW, null, null);
    }

    /** Security events are written on their own, whether or not a business transaction is open. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void security(AuditAction action, Long userId, String email) {
        insert(userId, email, "account", userId == null ? "?" : userId.toString(), action, null, null);
    }

    void record(String entityType, Object entityId, AuditAction action, Object before, Object after) {
        KozomolPrincipal actor = CurrentUser.get().orElse(null);
        insert(actor == null ? null : actor.id(), actor == null ? null : actor.email(), entityType,
                String.valueOf(entityId), action, before, after);
    }

    private void insert(Long actorId, String actorEmail, String entityType, String entityId, AuditAction action,
            Object before, Object after) {
        jdbc.sql("""
                insert into audit_event (actor_id, actor_email, entity_type, entity_id, action, before_state, after_state, client_ip)
                values (:actorId, :actorEmail, :entityType, :entityId, :action, cast(:before as jsonb), cast(:after as jsonb), :ip)
                """)
                .param("actorId", actorId)
                .param("actorEmail", actorEmail)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("action", action.name())
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("ip", clientIp())
                .update();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEvent> find(AuditFilter filter, PageRequest page) {
        Where where = where(filter);
        long total = jdbc.sql("select count(*) from audit_event e " + where.sql).params(where.params).query(Long.class).single();
        List<AuditEvent> rows = jdbc.sql(SELECT + where.sql + " order by e.occurred_at desc, e.id desc limit :limit offset :offset")
                .params(where.params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditLog::map).list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    /** Streams every matching event, oldest first, without loading them all; for exports. */
    @Transactional(readOnly = true)
    public long forEach(AuditFilter filter, long afterId, Consumer<AuditEvent> consumer) {
        Where where = where(filter);
        String sql = SELECT + where.sql + (where.sql.isEmpty() ? " where " : " and ") + "e.id > :afterId order by e.id";
        try (var stream = jdbc.sql(sql).params(where.params).param("afterId", afterId).withFetchSize(500)
                .query(AuditLog::map).stream()) {
            long[] count = {0};
            stream.forEach(event -> {
                consumer.accept(event);
                count[0]++;
            });
            return count[0];
        }
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from audit_event e " + where.sql).params(where.params).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by 1").query(String.class).list();
    }

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor_id, e.actor_email, e.entity_type, e.entity_id, e.action,
                   e.before_state::text as before_state, e.after_state::text as after_state, e.client_ip
            from audit_event e
            """;

    private record Where(String sql, Map<String, Object> params) {}

    private Where where(AuditFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            clauses.add("lower(e.actor_email) like :actor");
            params.put("actor", SqlText.containsPattern(filter.actor().toLowerCase()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            clauses.add("e.entity_type = :entityType");
            params.put("entityType", filter.entityType().trim());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            clauses.add("e.entity_id = :entityId");
            params.put("entityId", filter.entityId().trim());
        }
        if (filter.from() != null) {
            clauses.add("e.occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            clauses.add("e.occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static AuditEvent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", Long.class),
                rs.getString("actor_email"), rs.getString("entity_type"), rs.getString("entity_id"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("client_ip"));
    }
}
