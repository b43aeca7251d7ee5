package kg.kozomol.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kg.kozomol.notify.Notice;
import kg.kozomol.notify.Notifications;

/**
 * Tells the people of a study what happened: the CSO side (researchers and coordinators of the organisation and
 * the team) and the review side (focal points of invited bodies and invited experts). Each message's first
 * argument is the study's title in the recipient's language.
 */
@Component
class StudyNotices {

    private static final String TEAM = """
            select u.id, u.email, u.preferred_locale from app_user u
            where u.status = 'ACTIVE' and (
              u.id in (select m.user_id from membership m where m.organisation_id = :org and m.role in ('RESEARCHER', 'COORDINATOR'))
              or u.id in (select t.user_id from study_member t where t.study_id = :study))
            """;
    /** All reviewers, or only those of one reviewer row when :reviewer is given. */
    private static final String REVIEWERS = """
            select u.id, u.email, u.preferred_locale from app_user u
            where u.status = 'ACTIVE' and (
              u.id in (select r.user_id from study_reviewer r
                       where r.study_id = :study and (:reviewer::bigint is null or r.id = :reviewer))
              or u.id in (select m.user_id from membership m join study_reviewer r on r.organisation_id = m.organisation_id
                          where r.study_id = :study and m.role = 'STATE_FOCAL_POINT'
                            and (:reviewer::bigint is null or r.id = :reviewer)))
            """;

    private record Recipient(long id, String email, String language) {}

    private final JdbcClient jdbc;
    private final Notifications notifications;

    StudyNotices(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** The researchers and coordinators of the organisation and the study's team. */
    void toTeam(Study study, String key, List<String> args, long except) {
        send(team(study), study, key, args, except);
    }

    /** Every invited reviewer: the focal points of each body and each expert. */
    void toReviewers(Study study, String key, List<String> args, long except) {
        send(reviewers(study, null), study, key, args, except);
    }

    /** The people who speak for one reviewer: the body's focal points, or the expert. */
    void toReviewer(Study study, long reviewerId, String key, List<String> args, long except) {
        send(reviewers(study, reviewerId), study, key, args, except);
    }

    /** Everyone on both sides, each once. */
    void toEveryone(Study study, String key, List<String> args, long except) {
        List<Recipient> all = new ArrayList<>(team(study));
        reviewers(study, null).stream().filter(r -> all.stream().noneMatch(a -> a.id() == r.id())).forEach(all::add);
        send(all, study, key, args, except);
    }

    private List<Recipient> team(Study study) {
        return jdbc.sql(TEAM).param("org", study.organisationId()).param("study", study.id()).query(this::recipient).list();
    }

    private List<Recipient> reviewers(Study study, Long reviewerId) {
        return jdbc.sql(REVIEWERS).param("study", study.id()).param("reviewer", reviewerId).query(this::recipient).list();
    }

    private void send(List<Recipient> recipients, Study study, String key, List<String> args, long except) {
        for (Recipient r : recipients) {
            if (r.id() == except) {
                continue;
            }
            List<String> withTitle = new ArrayList<>();
            withTitle.add(study.title(Locale.forLanguageTag(r.language() == null ? "ru" : r.language())));
            withTitle.addAll(args);
            notifications.notify(new Notice(r.id(), r.email(), r.language(), key, withTitle, "/studies/" + study.id() + "/review"));
        }
    }

    private Recipient recipient(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("preferred_locale"));
    }
}
