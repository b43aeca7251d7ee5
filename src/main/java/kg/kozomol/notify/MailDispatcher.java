package kg.kozomol.notify;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.jobs.RecurringWork;

/**
 * Delivers the outbox through the configured SMTP server. Rows are claimed with SKIP LOCKED so several
 * nodes never send the same mail; a sent mail's body (which may hold a one-time link) is erased.
 */
@Component
class MailDispatcher implements RecurringWork {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDispatcher(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> sender,
            @Value("${kozomol.mail.from}") String from) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sender = sender;
        this.from = from;
    }

    @Override
    public String name() {
        return "mail-dispatch";
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(15);
    }

    @Override
    public void run() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            List<OutboxMail> batch = jdbc.sql("""
                    select id, recipient, subject, body, status, attempts, last_error, created_at, sent_at from mail_outbox
                    where status = 'PENDING' order by id limit 50 for update skip locked
                    """)
                    .query((rs, i) -> new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                            rs.getString("body"), rs.getString("status"), rs.getInt("attempts"), null, null, null))
                    .list();
            batch.forEach(m -> deliver(mail, m));
        });
    }

    private void deliver(JavaMailSender mail, OutboxMail message) {
        SimpleMailMessage smtp = new SimpleMailMessage();
        smtp.setFrom(from);
        smtp.setTo(message.recipient());
        smtp.setSubject(message.subject());
        smtp.setText(message.body());
        try {
            mail.send(smtp);
            jdbc.sql("update mail_outbox set status = 'SENT', sent_at = now(), body = null, attempts = attempts + 1 where id = :id")
                    .param("id", message.id()).update();
        } catch (MailException e) {
            int attempts = message.attempts() + 1;
            log.warn("Mail {} not delivered (attempt {}): {}", message.id(), attempts, e.getClass().getSimpleName());
            jdbc.sql("update mail_outbox set attempts = :attempts, last_error = :error, status = :status where id = :id")
                    .param("attempts", attempts).param("error", e.getClass().getSimpleName())
                    .param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING").param("id", message.id()).update();
        }
    }
}
