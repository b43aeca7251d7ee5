package kg.kozomol.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts mail in the outbox within the caller's transaction, so a rolled-back action sends nothing.
 * In capture mode (development) the mail stays in the outbox for the admin page instead of being sent.
 */
@Service
public class Mailer {

    private final JdbcClient jdbc;
    private final boolean capture;

    Mailer(JdbcClient jdbc, @Value("${kozomol.mail.capture:false}") boolean capture) {
        this.jdbc = jdbc;
        this.capture = capture;
    }

    @Transactional
    public void send(OutgoingMail mail) {
        jdbc.sql("insert into mail_outbox (recipient, subject, body, status) values (:to, :subject, :body, :status)")
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("status", capture ? "CAPTURED" : "PENDING")
                .update();
    }

    public boolean capturing() {
        return capture;
    }
}
