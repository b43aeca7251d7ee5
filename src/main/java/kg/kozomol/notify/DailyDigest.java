package kg.kozomol.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.jobs.RecurringWork;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends users who chose the daily digest one e-mail with their notifications of the previous day(s). Each
 * recipient's notifications are claimed and mailed in one transaction, so a digest is never sent twice,
 * even when two nodes run at once; the scheduler runs each occurrence on one node anyway.
 */
@Component
public class DailyDigest implements RecurringWork {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Mailer mailer;
    private final NoticeText text;
    private final MailRecipients recipients;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    DailyDigest(JdbcClient jdbc, JsonMapper json, Mailer mailer, NoticeText text, MailRecipients recipients,
            TransactionTemplate transaction, Clock clock, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.json = json;
        this.mailer = mailer;
        this.text = text;
        this.recipients = recipients;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public String name() {
        return "notify-daily-digest";
    }

    /** Hourly, so the digest leaves within an hour after midnight; a day's notifications go out only once it is over. */
    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        send(clock);
    }

    /**
     * Mails every waiting notification created before today (midnight in the platform's time zone).
     *
     * @return how many digest e-mails were sent
     */
    public int send(Clock now) {
        LocalDate today = LocalDate.now(now.withZone(zone));
        Instant cutoff = today.atStartOfDay(zone).toInstant();
        List<Long> users = jdbc.sql("""
                select distinct user_id from notification where digest_pending and created_at < :cutoff order by user_id
                """).param("cutoff", java.sql.Timestamp.from(cutoff)).query(Long.class).list();
        int sent = 0;
        for (long user : users) {
            Boolean mailed = transaction.execute(status -> sendTo(user, cutoff, today.minusDays(1)));
            sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
        }
        return sent;
    }

    private record Item(String messageKey, List<String> args, String link, Instant createdAt, long id) {}

    private boolean sendTo(long userId, Instant cutoff, LocalDate day) {
        List<Item> items = jdbc.sql("""
                update notification set digest_pending = false
                where user_id = :user and digest_pending and created_at < :cutoff
                returning id, message_key, message_args::text as args, link, created_at
                """).param("user", userId).param("cutoff", java.sql.Timestamp.from(cutoff))
                .query((rs, i) -> new Item(rs.getString("message_key"),
                        json.readValue(rs.getString("args"), new TypeReference<List<String>>() {}), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getLong("id")))
                .list().stream().sorted(Comparator.comparing(Item::createdAt).thenComparing(Item::id)).toList();
        Optional<MailRecipient> recipient = recipients.find(List.of(userId)).stream().findFirst();
        // Someone who switched e-mail off since still has the notifications in the app.
        if (items.isEmpty() || recipient.isEmpty() || recipient.get().frequency() == MailFrequency.NONE) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(recipient.get().language() == null ? "ru" : recipient.get().language());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
        StringBuilder body = new StringBuilder(text.digestIntro(date, items.size(), locale)).append("\n\n");
        for (Item item : items) {
            body.append("— ").append(text.message(item.messageKey(), item.args(), locale)).append('\n');
            if (item.link() != null) {
                body.append("  ").append(text.url(item.link())).append('\n');
            }
        }
        body.append('\n').append(text.footer(locale));
        mailer.send(new OutgoingMail(recipient.get().email(), text.digestSubject(date, locale), body.toString()));
        return true;
    }
}
