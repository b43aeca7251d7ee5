package kg.kozomol.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.notify.Notice;
import kg.kozomol.notify.Notifications;
import kg.kozomol.platform.NotFoundException;

/**
 * Users following a recommendation, a state body or a theme, and telling them (and the CSO's authors or the
 * body's focal points where it matters) of changes.
 */
@Service
public class Followers {

    /** Who follows the recommendation itself, a body it is addressed to, or its theme; the last two once it is released. */
    private static final String FOLLOWERS = """
            select f.user_id from recommendation_follow f where f.recommendation_id = :rec
            union
            select bf.user_id from body_follow bf join addressee a on a.organisation_id = bf.organisation_id
              join recommendation r on r.id = a.recommendation_id
            where a.recommendation_id = :rec and r.status = 'RELEASED'
            union
            select tf.user_id from theme_follow tf join recommendation r on r.theme_id = tf.theme_id
            where r.id = :rec and r.status = 'RELEASED'
            """;

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Organisations organisations;
    private final Themes themes;

    Followers(JdbcClient jdbc, Notifications notifications, AuditLog audit, Organisations organisations, Themes themes) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.organisations = organisations;
        this.themes = themes;
    }

    @Transactional
    public void follow(long userId, long recommendationId) {
        follow(userId, FollowKind.RECOMMENDATION, recommendationId);
    }

    @Transactional
    public void unfollow(long userId, long recommendationId) {
        unfollow(userId, FollowKind.RECOMMENDATION, recommendationId);
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long userId, long recommendationId) {
        return isFollowing(userId, FollowKind.RECOMMENDATION, recommendationId);
    }

    /** Only a state body or an existing theme can be followed; anything else is not found. */
    @Transactional
    public void follow(long userId, FollowKind kind, long targetId) {
        requireFollowable(kind, targetId);
        int added = jdbc.sql("insert into " + kind.table() + " (user_id, " + kind.column() + ") values (:user, :target) "
                + "on conflict do nothing").param("user", userId).param("target", targetId).update();
        if (added > 0) {
            audit.created(kind.table(), userId + ":" + targetId, Map.of("userId", userId, kind.property(), targetId));
        }
    }

    @Transactional
    public void unfollow(long userId, FollowKind kind, long targetId) {
        int removed = jdbc.sql("delete from " + kind.table() + " where user_id = :user and " + kind.column() + " = :target")
                .param("user", userId).param("target", targetId).update();
        if (removed > 0) {
            audit.deleted(kind.table(), userId + ":" + targetId, Map.of("userId", userId, kind.property(), targetId));
        }
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long userId, FollowKind kind, long targetId) {
        return jdbc.sql("select count(*) from " + kind.table() + " where user_id = :user and " + kind.column() + " = :target")
                .param("user", userId).param("target", targetId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Following following(long userId) {
        List<Following.FollowedRecommendation> recommendations = jdbc.sql("""
                select r.id, r.reference, r.text_ru, r.text_ky from recommendation_follow f
                join recommendation r on r.id = f.recommendation_id where f.user_id = :user order by r.reference
                """).param("user", userId).query((rs, i) -> new Following.FollowedRecommendation(rs.getLong("id"),
                        rs.getString("reference"), rs.getString("text_ru"), rs.getString("text_ky"))).list();
        return new Following(recommendations, targets(userId, FollowKind.BODY), targets(userId, FollowKind.THEME));
    }

    /** Tells every follower of the recommendation; the message's first argument is its reference. */
    @Transactional
    public void changed(long recommendationId, String messageKey, List<String> args) {
        send(jdbc.sql("""
                select u.id, u.email, u.preferred_locale from app_user u where u.status = 'ACTIVE' and u.id in (
                """ + FOLLOWERS + ")").param("rec", recommendationId), messageKey, language -> args, link(recommendationId));
    }

    /** Tells the researchers of the issuing CSO and every follower, each once. */
    @Transactional
    public void changedForAuthors(long recommendationId, String messageKey, List<String> args) {
        send(jdbc.sql("""
                select u.id, u.email, u.preferred_locale from app_user u
                where u.status = 'ACTIVE' and (u.id in (
                """ + FOLLOWERS + """
                  ) or u.id in (select m.user_id from membership m join recommendation r on r.organisation_id = m.organisation_id
                                where r.id = :rec and m.role = 'RESEARCHER'))
                """).param("rec", recommendationId), messageKey, language -> args, link(recommendationId));
    }

    /**
     * Tells the focal points of an addressed body and, when {@code followersToo}, every follower, each once;
     * the arguments are rendered per recipient's language (e.g. the body's name).
     */
    @Transactional
    public void remind(Addressee addressee, boolean followersToo, String messageKey, Function<Locale, List<String>> args) {
        String followers = followersToo ? "u.id in (" + FOLLOWERS + ") or " : "";
        send(jdbc.sql("""
                select u.id, u.email, u.preferred_locale from app_user u
                where u.status = 'ACTIVE' and (""" + followers + """
                  u.id in (select m.user_id from membership m where m.organisation_id = :body and m.role = 'STATE_FOCAL_POINT'))
                """).param("rec", addressee.recommendationId()).param("body", addressee.organisationId()),
                messageKey, args, link(addressee.recommendationId()) + "#body-" + addressee.id());
    }

    private record Recipient(long id, String email, String language) {}

    private void send(JdbcClient.StatementSpec query, String messageKey, Function<Locale, List<String>> args, String link) {
        List<Recipient> recipients = query.query((rs, i) -> new Recipient(rs.getLong("id"), rs.getString("email"),
                rs.getString("preferred_locale"))).list();
        for (Recipient r : recipients) {
            notifications.notify(new Notice(r.id(), r.email(), r.language(), messageKey,
                    args.apply(Locale.forLanguageTag(r.language())), link));
        }
    }

    private static String link(long recommendationId) {
        return "/recommendations/" + recommendationId;
    }

    private List<Long> targets(long userId, FollowKind kind) {
        return jdbc.sql("select " + kind.column() + " from " + kind.table() + " where user_id = :user order by created_at")
                .param("user", userId).query(Long.class).list();
    }

    private void requireFollowable(FollowKind kind, long targetId) {
        boolean exists = switch (kind) {
            case RECOMMENDATION -> jdbc.sql("select count(*) from recommendation where id = :id").param("id", targetId)
                    .query(Long.class).single() > 0;
            case BODY -> organisations.find(targetId).filter(o -> o.kind() == OrganisationKind.STATE_BODY).isPresent();
            case THEME -> themes.find(targetId).isPresent();
        };
        if (!exists) {
            throw new NotFoundException(kind + " " + targetId);
        }
    }
}
