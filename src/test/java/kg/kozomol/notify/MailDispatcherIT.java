package kg.kozomol.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.support.KozomolTest;

@KozomolTest
class MailDispatcherIT {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void sendsPendingMailOnceErasesItsBodyAndRetriesFailuresUpToALimit() {
        jdbc.sql("insert into mail_outbox (recipient, subject, body, status) values ('ok@test.kozomol.kg', 'Тема', 'Ссылка', 'PENDING')").update();
        jdbc.sql("insert into mail_outbox (recipient, subject, body, status) values ('bad@test.kozomol.kg', 'Тема', 'Текст', 'PENDING')").update();
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSender fake = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                if (message.getTo()[0].startsWith("bad")) {
                    throw new MailSendException("smtp refused");
                }
                sent.add(message);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", fake);
        MailDispatcher dispatcher = new MailDispatcher(jdbc, tx, beans.getBeanProvider(JavaMailSender.class), "no-reply@kozomol.kg");

        for (int i = 0; i < 6; i++) {
            dispatcher.run();
        }
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getText()).isEqualTo("Ссылка");
        assertThat(sent.get(0).getFrom()).isEqualTo("no-reply@kozomol.kg");
        assertThat(jdbc.sql("select status || ':' || coalesce(body, '-') from mail_outbox where recipient = 'ok@test.kozomol.kg'")
                .query(String.class).single()).isEqualTo("SENT:-");
        assertThat(jdbc.sql("select status || ':' || attempts from mail_outbox where recipient = 'bad@test.kozomol.kg'")
                .query(String.class).single()).isEqualTo("FAILED:5");
    }
}
