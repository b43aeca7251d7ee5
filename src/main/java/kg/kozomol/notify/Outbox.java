package kg.kozomol.notify;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;

/** Reads the mail outbox; bodies are only kept while mail is captured (development), never in production. */
@Service
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PageOf<OutboxMail> page(String recipient, PageRequest page) {
        String where = recipient == null || recipient.isBlank() ? "" : " where lower(recipient) = lower(:recipient)";
        long total = jdbc.sql("select count(*) from mail_outbox" + where).param("recipient", recipient == null ? "" : recipient.trim())
                .query(Long.class).single();
        List<OutboxMail> rows = jdbc.sql("""
                select id, recipient, subject, body, status, attempts, last_error, created_at, sent_at
                from mail_outbox""" + where + " order by id desc limit :limit offset :offset")
                .param("recipient", recipient == null ? "" : recipient.trim())
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> latestTo(String recipient, int limit) {
        return page(recipient, new PageRequest(1, limit)).items();
    }
}
