package kg.kozomol.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code job} table. Runner updates are single statements, committed at once, so people see them live. */
@Repository
class JobRows {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private static final String SELECT = """
            select id, type, status, progress_done, progress_total, result_file_id, error_key, error_args::text as error_args,
                   attempts, created_by, created_at, started_at, finished_at, updated_at
            from job
            """;

    /** What a run starts from. */
    record Started(String type, Map<String, Object> params, Long createdBy, String checkpoint, int attempts) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, String type, Map<String, Object> params, Long createdBy) {
        jdbc.sql("""
                insert into job (id, type, params, status, created_by)
                values (:id, :type, cast(:params as jsonb), 'QUEUED', :createdBy)
                """)
                .param("id", id).param("type", type).param("params", json.writeValueAsString(params))
                .param("createdBy", createdBy)
                .update();
    }

    /** Marks the job running; empty when it is finished already (or gone), so there is nothing to run. */
    Optional<Started> start(UUID id) {
        return jdbc.sql("""
                update job set status = 'RUNNING', started_at = coalesce(started_at, now()), attempts = attempts + 1,
                               updated_at = now()
                where id = :id and status in ('QUEUED', 'RUNNING')
                returning type, params::text as params, created_by, checkpoint #>> '{}' as checkpoint, attempts
                """)
                .param("id", id)
                .query((rs, row) -> new Started(rs.getString("type"), json.readValue(rs.getString("params"), MAP),
                        rs.getObject("created_by", Long.class), rs.getString("checkpoint"),
                        rs.getInt("attempts")))
                .optional();
    }

    /** In a transaction of its own, so a handler that works inside one long transaction still shows its progress. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(UUID id, long done, Long total) {
        jdbc.sql("update job set progress_done = :done, progress_total = :total, updated_at = now() where id = :id")
                .param("id", id).param("done", done).param("total", total).update();
    }

    void checkpoint(UUID id, String state, long done) {
        jdbc.sql("""
                update job set checkpoint = to_jsonb(cast(:state as text)), progress_done = :done, updated_at = now()
                where id = :id
                """)
                .param("id", id).param("state", state).param("done", done).update();
    }

    void resultFile(UUID id, UUID fileId) {
        jdbc.sql("update job set result_file_id = :fileId, updated_at = now() where id = :id")
                .param("id", id).param("fileId", fileId).update();
    }

    void succeeded(UUID id) {
        jdbc.sql("""
                update job set status = 'SUCCEEDED', progress_total = coalesce(progress_total, progress_done),
                               error_key = null, error_args = null, finished_at = now(), updated_at = now()
                where id = :id
                """)
                .param("id", id).update();
    }

    void failed(UUID id, String errorKey, List<String> args) {
        jdbc.sql("""
                update job set status = 'FAILED', error_key = :key, error_args = cast(:args as jsonb), finished_at = now(),
                               updated_at = now()
                where id = :id
                """)
                .param("id", id).param("key", errorKey).param("args", json.writeValueAsString(args)).update();
    }

    /** The run stopped early (its node is shutting down); the job waits to be continued. */
    void requeued(UUID id) {
        jdbc.sql("update job set status = 'QUEUED', updated_at = now() where id = :id and status = 'RUNNING'")
                .param("id", id).update();
    }

    Optional<JobView> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
    }

    List<JobView> recentFor(long userId, int limit) {
        return jdbc.sql(SELECT + " where created_by = :userId order by created_at desc, id limit :limit")
                .param("userId", userId).param("limit", limit).query(this::map).list();
    }

    List<JobView> page(int offset, int limit) {
        return jdbc.sql(SELECT + " order by created_at desc, id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(this::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from job").query(Long.class).single();
    }

    private JobView map(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("error_args");
        return new JobView(rs.getObject("id", UUID.class), rs.getString("type"), JobStatus.valueOf(rs.getString("status")),
                rs.getLong("progress_done"), rs.getObject("progress_total", Long.class),
                rs.getObject("result_file_id", UUID.class), rs.getString("error_key"),
                args == null ? List.of() : json.readValue(args, STRINGS), rs.getInt("attempts"),
                rs.getObject("created_by", Long.class), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
