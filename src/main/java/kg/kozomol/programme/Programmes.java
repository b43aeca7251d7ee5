package kg.kozomol.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;

/** The register of state programmes and their status workflow. */
@Service
public class Programmes {

    static final String ENTITY = "programme";
    private static final Pattern SAFE_URL = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);
    private static final String COLUMNS = """
            id, reference, title_ru, title_ky, title_en, owner_body_id, act_number, act_date, act_url, period_start,
            period_end, budget_code, discussion_url, status, updated_at, demo, version""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;

    Programmes(JdbcClient jdbc, AuditLog audit, Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
    }

    @Transactional
    public Programme create(ProgrammeDraft draft, KozomolPrincipal creator, boolean demo) {
        check(draft);
        long id;
        try {
            id = jdbc.sql("""
                    insert into programme (reference, title_ru, title_ky, title_en, owner_body_id, act_number, act_date, act_url,
                      period_start, period_end, budget_code, discussion_url, created_by, demo)
                    values (:reference, :titleRu, :titleKy, :titleEn, :owner, :actNumber, :actDate, :actUrl, :start, :end,
                      :budget, :discussion, :by, :demo)
                    returning id
                    """).params(params(draft)).param("by", creator.id()).param("demo", demo).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException("reference", "programme.validation.referenceTaken");
        }
        Programme created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public Programme update(long id, int expectedVersion, ProgrammeDraft draft) {
        Programme before = require(id);
        check(draft);
        int changed;
        try {
            changed = jdbc.sql("""
                    update programme set reference = :reference, title_ru = :titleRu, title_ky = :titleKy, title_en = :titleEn,
                      owner_body_id = :owner, act_number = :actNumber, act_date = :actDate, act_url = :actUrl,
                      period_start = :start, period_end = :end, budget_code = :budget, discussion_url = :discussion,
                      updated_at = now(), version = version + 1
                    where id = :id and version = :version
                    """).params(params(draft)).param("id", id).param("version", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException("reference", "programme.validation.referenceTaken");
        }
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        Programme after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Programme move(long id, int expectedVersion, ProgrammeStatus target) {
        Programme before = require(id);
        if (target == null || !before.status().canMoveTo(target)) {
            throw new ProgrammeRuleException(null, "programme.refused.transition");
        }
        int changed = jdbc.sql("""
                update programme set status = :status, updated_at = now(), version = version + 1
                where id = :id and version = :version and status = :from
                """).param("status", target.name()).param("id", id).param("version", expectedVersion)
                .param("from", before.status().name()).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        audit.updated(ENTITY, id, Map.of("status", before.status()), Map.of("status", target));
        return require(id);
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme where id = :id").param("id", id).query(Programmes::row).optional();
    }

    public Programme require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return jdbc.sql("select " + COLUMNS + " from programme order by period_start desc, reference").query(Programmes::row).list();
    }

    private void check(ProgrammeDraft d) {
        if (blank(d.reference())) {
            throw new ProgrammeRuleException("reference", "programme.validation.required");
        }
        if (blank(d.titleRu())) {
            throw new ProgrammeRuleException("titleRu", "programme.validation.required");
        }
        if (organisations.find(d.ownerBodyId()).filter(o -> o.kind() == OrganisationKind.STATE_BODY).isEmpty()) {
            throw new ProgrammeRuleException("ownerBodyId", "programme.validation.ownerBody");
        }
        if (d.periodEnd() < d.periodStart()) {
            throw new ProgrammeRuleException("periodEnd", "programme.validation.periodOrder");
        }
        if (!safeUrl(d.actUrl())) {
            throw new ProgrammeRuleException("actUrl", "programme.validation.url");
        }
        if (!safeUrl(d.discussionUrl())) {
            throw new ProgrammeRuleException("discussionUrl", "programme.validation.url");
        }
    }

    /** An empty link is allowed; a given one must be an http(s) address. */
    public static boolean safeUrl(String url) {
        return blank(url) || (url.trim().length() <= 1000 && SAFE_URL.matcher(url.trim()).matches());
    }

    private static Map<String, Object> params(ProgrammeDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("reference", plain(d.reference()));
        p.put("titleRu", plain(d.titleRu()));
        p.put("titleKy", plain(d.titleKy()));
        p.put("titleEn", plain(d.titleEn()));
        p.put("owner", d.ownerBodyId());
        p.put("actNumber", plain(d.actNumber()));
        p.put("actDate", d.actDate());
        p.put("actUrl", plain(d.actUrl()));
        p.put("start", d.periodStart());
        p.put("end", d.periodEnd());
        p.put("budget", plain(d.budgetCode()));
        p.put("discussion", plain(d.discussionUrl()));
        return p;
    }

    private static Programme row(ResultSet rs, int n) throws SQLException {
        java.sql.Date actDate = rs.getDate("act_date");
        return new Programme(rs.getLong("id"), rs.getString("reference"), rs.getString("title_ru"), rs.getString("title_ky"),
                rs.getString("title_en"), rs.getLong("owner_body_id"), rs.getString("act_number"),
                actDate == null ? null : actDate.toLocalDate(), rs.getString("act_url"), rs.getInt("period_start"),
                rs.getInt("period_end"), rs.getString("budget_code"), rs.getString("discussion_url"),
                ProgrammeStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Texts are plain: stored as typed (trimmed) and escaped when shown. */
    static String plain(String text) {
        return blank(text) ? null : text.trim();
    }
}
