package kg.kozomol.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.notify.MailFrequency;
import kg.kozomol.notify.MailRecipient;
import kg.kozomol.notify.MailRecipients;

/** Tells the notification module each active user's address, language and chosen e-mail frequency. */
@Component
class UserMailRecipients implements MailRecipients {

    private final JdbcClient jdbc;

    UserMailRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRecipient> find(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, email, preferred_locale, mail_frequency from app_user where id in (:ids) and status = 'ACTIVE'
                """).param("ids", userIds)
                .query((rs, i) -> new MailRecipient(rs.getLong("id"), rs.getString("email"), rs.getString("preferred_locale"),
                        MailFrequency.valueOf(rs.getString("mail_frequency"))))
                .list();
    }
}
