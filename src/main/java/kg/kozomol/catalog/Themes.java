package kg.kozomol.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;

@Service
public class Themes {

    static final String ENTITY = "theme";
    private static final String COLUMNS = "id, code, name_ru, name_ky, name_en, active, demo, version";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Themes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Theme create(ThemeDraft draft, boolean demo) {
        try {
            long id = jdbc.sql("""
                    insert into theme (code, name_ru, name_ky, name_en, active, demo)
                    values (:code, :ru, :ky, :en, :active, :demo) returning id
                    """)
                    .param("code", draft.code()).param("ru", draft.nameRu()).param("ky", blank(draft.nameKy()))
                    .param("en", blank(draft.nameEn())).param("active", draft.active()).param("demo", demo)
                    .query(Long.class).single();
            Theme theme = require(id);
            audit.created(ENTITY, id, theme);
            return theme;
        } catch (DuplicateKeyException e) {
            throw new DuplicateThemeCodeException();
        }
    }

    @Transactional
    public Theme update(long id, int version, ThemeDraft draft) {
        Theme before = require(id);
        try {
            int changed = jdbc.sql("""
                    update theme set code = :code, name_ru = :ru, name_ky = :ky, name_en = :en, active = :active,
                      updated_at = now(), version = version + 1 where id = :id and version = :version
                    """)
                    .param("code", draft.code()).param("ru", draft.nameRu()).param("ky", blank(draft.nameKy()))
                    .param("en", blank(draft.nameEn())).param("active", draft.active()).param("id", id)
                    .param("version", version).update();
            if (changed == 0) {
                throw new StaleRecordException(ENTITY + " " + id);
            }
        } catch (DuplicateKeyException e) {
            throw new DuplicateThemeCodeException();
        }
        Theme after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public List<Theme> all() {
        return jdbc.sql("select " + COLUMNS + " from theme order by name_ru").query(Themes::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Theme> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from theme where id = :id").param("id", id).query(Themes::map).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Theme> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from theme where code = :code").param("code", code).query(Themes::map).optional();
    }

    public Theme require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Theme map(ResultSet rs, int row) throws SQLException {
        return new Theme(rs.getLong("id"), rs.getString("code"), rs.getString("name_ru"), rs.getString("name_ky"),
                rs.getString("name_en"), rs.getBoolean("active"), rs.getBoolean("demo"), rs.getInt("version"));
    }
}
