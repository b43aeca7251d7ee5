package kg.kozomol.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.StaleRecordException;

/** The register of organisations: CSOs, state bodies, expert groups and coordinators. */
@Service
public class Organisations {

    static final String ENTITY = "organisation";
    private static final String COLUMNS = """
            id, kind, name_ru, name_ky, name_en, short_name, email, website, parent_id, logo_file_id, active, demo, version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Organisations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Organisation create(OrganisationDraft draft, boolean demo) {
        try {
            long id = jdbc.sql("""
                    insert into organisation (kind, name_ru, name_ky, name_en, short_name, email, website, parent_id, active, demo)
                    values (:kind, :nameRu, :nameKy, :nameEn, :shortName, :email, :website, :parentId, :active, :demo)
                    returning id
                    """)
                    .params(params(draft)).param("demo", demo).query(Long.class).single();
            Organisation created = require(id);
            audit.created(ENTITY, id, created);
            return created;
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException(draft.nameRu());
        }
    }

    @Transactional
    public Organisation update(long id, int expectedVersion, OrganisationDraft draft) {
        Organisation before = require(id);
        if (draft.parentId() != null && draft.parentId() == id) {
            throw new IllegalArgumentException("An organisation cannot be its own parent");
        }
        try {
            int changed = jdbc.sql("""
                    update organisation set kind = :kind, name_ru = :nameRu, name_ky = :nameKy, name_en = :nameEn,
                      short_name = :shortName, email = :email, website = :website, parent_id = :parentId, active = :active,
                      updated_at = now(), version = version + 1
                    where id = :id and version = :version
                    """)
                    .params(params(draft)).param("id", id).param("version", expectedVersion).update();
            if (changed == 0) {
                throw new StaleRecordException(ENTITY + " " + id);
            }
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException(draft.nameRu());
        }
        Organisation after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void setLogo(long id, UUID fileId) {
        Organisation before = require(id);
        jdbc.sql("update organisation set logo_file_id = :file, updated_at = now(), version = version + 1 where id = :id")
                .param("file", fileId).param("id", id).update();
        audit.updated(ENTITY, id, before, require(id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id").param("id", id)
                .query(Organisations::map).optional();
    }

    public Organisation require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by kind, name_ru").query(Organisations::map).list();
    }

    @Transactional(readOnly = true)
    public List<Organisation> ofKind(OrganisationKind kind) {
        return jdbc.sql("select " + COLUMNS + " from organisation where kind = :kind and active order by name_ru")
                .param("kind", kind.name()).query(Organisations::map).list();
    }

    @Transactional(readOnly = true)
    public List<Organisation> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organisation where id in (:ids) order by name_ru")
                .param("ids", ids).query(Organisations::map).list();
    }

    @Transactional(readOnly = true)
    public PageOf<Organisation> search(OrganisationKind kind, String text, PageRequest page) {
        String where = " where (:kind::text is null or kind = :kind) and (:text::text is null or name_ru ilike :text "
                + "or name_ky ilike :text or name_en ilike :text or short_name ilike :text)";
        String pattern = kg.kozomol.platform.SqlText.containsPattern(text);
        String kindName = kind == null ? null : kind.name();
        long total = jdbc.sql("select count(*) from organisation" + where).param("kind", kindName).param("text", pattern)
                .query(Long.class).single();
        List<Organisation> rows = jdbc.sql("select " + COLUMNS + " from organisation" + where
                        + " order by kind, name_ru limit :limit offset :offset")
                .param("kind", kindName).param("text", pattern).param("limit", page.size()).param("offset", page.offset())
                .query(Organisations::map).list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    private static java.util.Map<String, Object> params(OrganisationDraft d) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("kind", d.kind().name());
        params.put("nameRu", d.nameRu());
        params.put("nameKy", blankToNull(d.nameKy()));
        params.put("nameEn", blankToNull(d.nameEn()));
        params.put("shortName", blankToNull(d.shortName()));
        params.put("email", blankToNull(d.email()));
        params.put("website", blankToNull(d.website()));
        params.put("parentId", d.parentId());
        params.put("active", d.active());
        return params;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name_ru"),
                rs.getString("name_ky"), rs.getString("name_en"), rs.getString("short_name"), rs.getString("email"),
                rs.getString("website"), rs.getObject("parent_id", Long.class), rs.getObject("logo_file_id", UUID.class),
                rs.getBoolean("active"), rs.getBoolean("demo"), rs.getInt("version"));
    }
}
