package kg.kozomol.notify;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.UnreadNotifications;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * In-app notifications. A notice with an e-mail address is also mailed in the recipient's language, as it
 * happens or in the daily digest ({@link DailyDigest}), as the recipient chose ({@link MailFrequency}).
 */
@Service
public class Notifications implements UnreadNotifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Mailer mailer;
    private final NoticeText text;
    private final MailRecipients recipients;

    Notifications(JdbcClient jdbc, JsonMapper json, Mailer mailer, NoticeText text, MailRecipients recipients) {
        this.jdbc = jdbc;
        this.json = json;
        this.mailer = mailer;
        this.text = text;
        this.recipients = recipients;
    }

    @Transactional
    public void notify(Notice notice) {
        MailFrequency frequency = notice.email() == null ? MailFrequency.NONE : frequency(notice.userId());
        jdbc.sql("""
                insert into notification (user_id, message_key, message_args, link, digest_pending)
                values (:user, :key, cast(:args as jsonb), :link, :digest)
                """)
                .param("user", notice.userId())
                .param("key", notice.messageKey())
                .param("args", json.writeValueAsString(notice.args()))
                .param("link", notice.link())
                .param("digest", frequency == MailFrequency.DAILY)
                .update();
        if (frequency == MailFrequency.EACH) {
            Locale locale = Locale.forLanguageTag(notice.language() == null ? "ru" : notice.language());
            String line = text.message(notice.messageKey(), notice.args(), locale);
            String body = line + (notice.link() == null ? "" : "\n\n" + text.url(notice.link())) + "\n\n" + text.footer(locale);
            mailer.send(new OutgoingMail(notice.email(), text.subject(line, locale), body));
        }
    }

    /** Unknown users keep the default: each notice by e-mail. */
    private MailFrequency frequency(long userId) {
        return recipients.find(List.of(userId)).stream().findFirst().map(MailRecipient::frequency).orElse(MailFrequency.EACH);
    }

    @Override
    @Transactional(readOnly = true)
    public long countFor(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public PageOf<NotificationView> forUser(long userId, PageRequest page) {
        long total = jdbc.sql("select count(*) from notification where user_id = :user").param("user", userId)
                .query(Long.class).single();
        List<NotificationView> rows = jdbc.sql("""
                select id, message_key, message_args::text as args, link, created_at, read_at
                from notification where user_id = :user order by created_at desc, id desc limit :limit offset :offset
                """)
                .param("user", userId).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new NotificationView(rs.getLong("id"), rs.getString("message_key"),
                        json.readValue(rs.getString("args"), new TypeReference<List<String>>() {}),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public boolean markRead(long userId, long notificationId) {
        return jdbc.sql("update notification set read_at = now() where id = :id and user_id = :user and read_at is null")
                .param("id", notificationId).param("user", userId).update() > 0;
    }

    @Transactional
    public int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = :user and read_at is null")
                .param("user", userId).update();
    }
}
