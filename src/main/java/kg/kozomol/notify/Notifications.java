package kg.kozomol.notify;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.UnreadNotifications;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** In-app notifications, each also sent as an e-mail in the recipient's language. */
@Service
public class Notifications implements UnreadNotifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    Notifications(JdbcClient jdbc, JsonMapper json, Mailer mailer, MessageSource messages,
            @Value("${kozomol.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.json = json;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Transactional
    public void notify(Notice notice) {
        jdbc.sql("insert into notification (user_id, message_key, message_args, link) values (:user, :key, cast(:args as jsonb), :link)")
                .param("user", notice.userId())
                .param("key", notice.messageKey())
                .param("args", json.writeValueAsString(notice.args()))
                .param("link", notice.link())
                .update();
        if (notice.email() != null) {
            Locale locale = Locale.forLanguageTag(notice.language() == null ? "ru" : notice.language());
            String text = messages.getMessage(notice.messageKey(), notice.args().toArray(), locale);
            String body = text + (notice.link() == null ? "" : "\n\n" + baseUrl + notice.link())
                    + "\n\n" + messages.getMessage("notify.mail.footer", null, locale);
            mailer.send(new OutgoingMail(notice.email(), messages.getMessage("notify.mail.subject", new Object[] {text}, locale), body));
        }
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
