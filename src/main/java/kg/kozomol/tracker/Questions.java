package kg.kozomol.tracker;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/** The clarifying thread between addressed bodies and the CSO, shown on the recommendation. */
@Service
public class Questions {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Followers followers;

    Questions(JdbcClient jdbc, AuditLog audit, Followers followers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.followers = followers;
    }

    @Transactional
    public Question post(Recommendation recommendation, long authorOrganisationId, String body) {
        if (Recommendations.blank(body)) {
            throw new TrackerRuleException("body", "tracker.validation.required");
        }
        if (body.length() > 5000) {
            throw new TrackerRuleException("body", "tracker.validation.tooLong");
        }
        long id = jdbc.sql("""
                insert into recommendation_question (recommendation_id, author_id, author_org_id, body)
                values (:rec, :author, :org, :body) returning id
                """).param("rec", recommendation.id()).param("author", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .param("org", authorOrganisationId).param("body", body.trim()).query(Long.class).single();
        Question question = thread(recommendation.id()).stream().filter(q -> q.id() == id).findFirst().orElseThrow();
        audit.created("recommendation_question", id, question);
        followers.changedForAuthors(recommendation.id(), "tracker.notice.question", List.of(recommendation.reference()));
        return question;
    }

    @Transactional(readOnly = true)
    public List<Question> thread(long recommendationId) {
        return jdbc.sql("""
                select id, recommendation_id, author_id, author_org_id, body, created_at from recommendation_question
                where recommendation_id = :rec order by created_at, id
                """).param("rec", recommendationId)
                .query((rs, i) -> new Question(rs.getLong("id"), rs.getLong("recommendation_id"),
                        rs.getObject("author_id", Long.class), rs.getLong("author_org_id"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }
}
