package kg.kozomol.brief;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;

/** Reviewers' remarks on the sections of a brief, and whether the authors have dealt with them. */
@Service
public class ReviewComments {

    static final String ENTITY = "brief_comment";
    public static final int MAX_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Briefs briefs;
    private final AuditLog audit;

    ReviewComments(JdbcClient jdbc, Briefs briefs, AuditLog audit) {
        this.jdbc = jdbc;
        this.briefs = briefs;
        this.audit = audit;
    }

    @Transactional
    public ReviewComment add(long briefId, BriefSection section, String body, long authorId) {
        briefs.require(briefId).ensureNotWithdrawn();
        if (section == null || body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A comment needs a section and 1.." + MAX_LENGTH + " characters");
        }
        long id = jdbc.sql("""
                insert into brief_comment (brief_id, section, body, author_id) values (:brief, :section, :body, :author)
                returning id
                """).param("brief", briefId).param("section", section.name()).param("body", body.trim())
                .param("author", authorId).query(Long.class).single();
        ReviewComment created = require(briefId, id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public void resolve(long briefId, long commentId) {
        briefs.require(briefId).ensureNotWithdrawn();
        ReviewComment before = require(briefId, commentId);
        jdbc.sql("update brief_comment set resolved = true where id = :id").param("id", commentId).update();
        audit.updated(ENTITY, commentId, Map.of("resolved", before.resolved()), Map.of("resolved", true));
    }

    @Transactional(readOnly = true)
    public List<ReviewComment> of(long briefId) {
        return jdbc.sql(SELECT + " where c.brief_id = :brief order by c.created_at, c.id").param("brief", briefId)
                .query(ReviewComments::map).list();
    }

    private ReviewComment require(long briefId, long id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.brief_id = :brief").param("id", id).param("brief", briefId)
                .query(ReviewComments::map).optional().orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private static final String SELECT = """
            select c.id, c.brief_id, c.section, c.body, c.author_id, u.full_name, c.created_at, c.resolved
            from brief_comment c join app_user u on u.id = c.author_id
            """;

    private static ReviewComment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReviewComment(rs.getLong("id"), rs.getLong("brief_id"), BriefSection.valueOf(rs.getString("section")),
                rs.getString("body"), rs.getLong("author_id"), rs.getString("full_name"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("resolved"));
    }
}
