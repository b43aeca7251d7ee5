package kg.kozomol.collect.fill;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.StaleRecordException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Web forms being filled, one per user and form, kept between pages and sessions until finished. */
@Service
public class Drafts {

    static final String ENTITY = "collect_draft";
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<Map<String, UUID>> FILES = new TypeReference<>() {};

    /** A stored draft: the form version it fills, its state and its row version for optimistic locking. */
    public record Draft(long id, long formVersionId, FillState state, int version) {
    }

    /** What the audit log keeps of a draft. */
    record Saved(long formId, long formVersionId, String instanceId, int page, int answers) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    Drafts(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(long formId, long userId) {
        return jdbc.sql("""
                select id, form_version_id, instance_id, answers, files, language, page, version from collect_draft
                where form_id = :form and user_id = :user
                """).param("form", formId).param("user", userId)
                .query((rs, row) -> new Draft(rs.getLong("id"), rs.getLong("form_version_id"),
                        new FillState(rs.getString("instance_id"), json.readValue(rs.getString("answers"), ANSWERS),
                                json.readValue(rs.getString("files"), FILES), rs.getString("language"), rs.getInt("page")),
                        rs.getInt("version")))
                .optional();
    }

    /**
     * Stores the state; {@code expectedVersion} is the row version the page was shown with (null for a new draft).
     *
     * @return the new row version
     * @throws StaleRecordException when the draft was saved elsewhere (another tab) since
     */
    @Transactional
    public int save(long formId, long formVersionId, long userId, FillState state, Integer expectedVersion) {
        Optional<Draft> existing = find(formId, userId);
        Saved saved = new Saved(formId, formVersionId, state.instanceId(), state.page(), state.answers().size());
        if (existing.isEmpty()) {
            long id = jdbc.sql("""
                    insert into collect_draft (form_id, form_version_id, user_id, instance_id, answers, files, language, page)
                    values (:form, :formVersion, :user, :instanceId, cast(:answers as jsonb), cast(:files as jsonb), :language, :page)
                    returning id
                    """).param("form", formId).param("formVersion", formVersionId).param("user", userId)
                    .param("instanceId", state.instanceId()).param("answers", json.writeValueAsString(state.answers()))
                    .param("files", json.writeValueAsString(state.files())).param("language", state.language())
                    .param("page", state.page()).query(Long.class).single();
            audit.created(ENTITY, id, saved);
            return 0;
        }
        Draft draft = existing.get();
        if (expectedVersion == null || expectedVersion != draft.version()) {
            throw new StaleRecordException(ENTITY + " " + draft.id());
        }
        jdbc.sql("""
                update collect_draft set answers = cast(:answers as jsonb), files = cast(:files as jsonb), language = :language,
                  page = :page, updated_at = now(), version = version + 1
                where id = :id
                """).param("answers", json.writeValueAsString(state.answers())).param("files", json.writeValueAsString(state.files()))
                .param("language", state.language()).param("page", state.page()).param("id", draft.id()).update();
        audit.updated(ENTITY, draft.id(), new Saved(formId, draft.formVersionId(), draft.state().instanceId(), draft.state().page(),
                draft.state().answers().size()), saved);
        return draft.version() + 1;
    }

    @Transactional
    public void delete(long formId, long userId) {
        find(formId, userId).ifPresent(draft -> {
            jdbc.sql("delete from collect_draft where id = :id").param("id", draft.id()).update();
            audit.deleted(ENTITY, draft.id(), new Saved(formId, draft.formVersionId(), draft.state().instanceId(),
                    draft.state().page(), draft.state().answers().size()));
        });
    }
}
