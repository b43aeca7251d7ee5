package kg.kozomol.tracker;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.notify.Notice;
import kg.kozomol.notify.Notifications;

/** Users following a recommendation, and telling them (and the CSO's authors where it matters) of changes. */
@Service
public class Followers {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditLog audit;

    Followers(JdbcClient jdbc, Notifications notifications, AuditLog audit) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    public void follow(long userId, long recommendationId) {
        int added = jdbc.sql("""
                insert into recommendation_follow (user_id, recommendation_id) values (:user, :rec) on conflict do nothing
                """).param("user", userId).param("rec", recommendationId).update();
        if (added > 0) {
            audit.created("recommendation_follow", userId + ":" + recommendationId, java.util.Map.of("userId", userId,
                    "recommendationId", recommendationId));
        }
    }

    @Transactional
    public void unfollow(long userId, long recommendationId) {
        int removed = jdbc.sql("delete from recommendation_follow where user_id = :user and recommendation_id = :rec")
                .param("user", userId).param("rec", recommendationId).update();
        if (removed > 0) {
            audit.deleted("recommendation_follow", userId + ":" + recommendationId, java.util.Map.of("userId", userId,
                    "recommendationId", recommendationId));
        }
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long userId, long recommendationId) {
        return jdbc.sql("select count(*) from recommendation_follow where user_id = :user and recommendation_id = :rec")
                .param("user", userId).param("rec", recommendationId).query(Long.class).single() > 0;
    }

    /** Tells every follower of the recommendation; the message's first argument is its reference. */
    @Transactional
    public void changed(long recommendationId, String messageKey, List<String> args) {
        send(jdbc.sql("""
                select u.id, u.email, u.preferred_locale from recommendation_follow f join app_user u on u.id = f.user_id
                where f.recommendation_id = :rec and u.status = 'ACTIVE'
                """).param("rec", recommendationId), recommendationId, messageKey, args);
    }

    /** Tells the researchers of the issuing CSO and every follower, each once. */
    @Transactional
    public void changedForAuthors(long recommendationId, String messageKey, List<String> args) {
        send(jdbc.sql("""
                select distinct u.id, u.email, u.preferred_locale from app_user u
                where u.status = 'ACTIVE' and (
                  u.id in (select f.user_id from recommendation_follow f where f.recommendation_id = :rec)
                  or u.id in (select m.user_id from membership m join recommendation r on r.organisation_id = m.organisation_id
                              where r.id = :rec and m.role = 'RESEARCHER'))
                """).param("rec", recommendationId), recommendationId, messageKey, args);
    }

    private record Recipient(long id, String email, String language) {}

    private void send(JdbcClient.StatementSpec query, long recommendationId, String messageKey, List<String> args) {
        List<Recipient> recipients = query.query((rs, i) -> new Recipient(rs.getLong("id"), rs.getString("email"),
                rs.getString("preferred_locale"))).list();
        for (Recipient r : recipients) {
            notifications.notify(new Notice(r.id(), r.email(), r.language(), messageKey, args,
                    "/recommendations/" + recommendationId));
        }
    }
}
