package kg.kozomol.brief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** The published versions of a brief: each a frozen copy of its sections and findings. */
@Service
public class BriefVersions {

    /** Section keys in reading order; each value is sanitised HTML or plain text. */
    public static final List<String> KEYS = List.of("title.ru", "title.ky", "summary.ru", "summary.ky", "problem.ru",
            "problem.ky", "methodology.ru", "methodology.ky", "methodology.study", "methodology.sample", "findings.ru",
            "findings.ky");

    private final JdbcClient jdbc;
    private final BriefRows rows;
    private final JsonMapper json;
    private final AuditLog audit;

    BriefVersions(JdbcClient jdbc, BriefRows rows, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.json = json;
        this.audit = audit;
    }

    /** Freezes the current content as the next version number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BriefVersion publish(long briefId) {
        Brief brief = rows.find(briefId).orElseThrow(() -> new NotFoundException("brief " + briefId));
        int number = brief.publishedVersion() + 1;
        Map<String, String> content = content(brief);
        jdbc.sql("""
                insert into brief_version (brief_id, number, content, published_by)
                values (:brief, :number, cast(:content as jsonb), :by)
                """).param("brief", briefId).param("number", number).param("content", json.writeValueAsString(content))
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).update();
        jdbc.sql("update brief set published_version = :number where id = :id").param("number", number).param("id", briefId)
                .update();
        audit.created("brief_version", briefId + "/" + number, content);
        return version(briefId, number).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<BriefVersion> all(long briefId) {
        return jdbc.sql("select brief_id, number, content::text as content, published_at from brief_version "
                + "where brief_id = :id order by number").param("id", briefId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<BriefVersion> version(long briefId, int number) {
        return jdbc.sql("select brief_id, number, content::text as content, published_at from brief_version "
                + "where brief_id = :id and number = :number").param("id", briefId).param("number", number)
                .query(this::map).optional();
    }

    private Map<String, String> content(Brief brief) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("title.ru", brief.title().ru());
        content.put("title.ky", brief.title().ky());
        content.put("summary.ru", brief.summary().ru());
        content.put("summary.ky", brief.summary().ky());
        content.put("problem.ru", brief.problem().ru());
        content.put("problem.ky", brief.problem().ky());
        content.put("methodology.ru", brief.methodology().text().ru());
        content.put("methodology.ky", brief.methodology().text().ky());
        content.put("methodology.study", brief.methodology().studyReference());
        Integer n = brief.methodology().sampleSize();
        String sample = brief.methodology().sampleDescription();
        content.put("methodology.sample", n == null && sample == null ? null
                : (n == null ? "" : "n = " + n + " ") + (sample == null ? "" : sample));
        StringBuilder ru = new StringBuilder();
        StringBuilder ky = new StringBuilder();
        jdbc.sql("select position, title_ru, title_ky, text_ru, text_ky from brief_finding where brief_id = :id order by position, id")
                .param("id", brief.id()).query((rs, row) -> {
                    finding(ru, rs.getInt("position"), rs.getString("title_ru"), rs.getString("text_ru"));
                    finding(ky, rs.getInt("position"), rs.getString("title_ky"), rs.getString("text_ky"));
                    return null;
                }).list();
        content.put("findings.ru", ru.isEmpty() ? null : ru.toString());
        content.put("findings.ky", ky.isEmpty() ? null : ky.toString());
        return content;
    }

    private static void finding(StringBuilder out, int position, String title, String text) {
        if (title == null && text == null) {
            return;
        }
        out.append("<h3>").append(position).append(". ")
                .append(org.springframework.web.util.HtmlUtils.htmlEscape(title == null ? "" : title)).append("</h3>");
        out.append(text == null ? "" : text);
    }

    @SuppressWarnings("unchecked")
    private BriefVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Map<String, String> content = json.readValue(rs.getString("content"), LinkedHashMap.class);
        return new BriefVersion(rs.getLong("brief_id"), rs.getInt("number"), content, rs.getTimestamp("published_at").toInstant());
    }
}
