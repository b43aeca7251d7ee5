package kg.kozomol.tracker;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.Organisations;
import kg.kozomol.jobs.RecurringWork;

/**
 * Reminds the addressed body's focal points and the followers of a response or implementation deadline a few
 * days before it (kozomol.tracker.reminder-days) and once when it has passed. What was sent is recorded per
 * body, deadline and stage in the same transaction as the notifications, so nothing is sent twice even when
 * two nodes run at once; the scheduler runs each occurrence on one node anyway.
 */
@Component
class DeadlineReminders implements RecurringWork {

    /** Older deadlines are not reminded of: switching reminders on must not flood users with the past. */
    static final int OVERDUE_WINDOW_DAYS = 30;

    private final JdbcClient jdbc;
    private final Addressees addressees;
    private final Organisations organisations;
    private final Followers followers;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final int days;

    DeadlineReminders(JdbcClient jdbc, Addressees addressees, Organisations organisations, Followers followers,
            TransactionTemplate transaction, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone,
            @Value("${kozomol.tracker.reminder-days:7}") int days) {
        this.jdbc = jdbc;
        this.addressees = addressees;
        this.organisations = organisations;
        this.followers = followers;
        this.transaction = transaction;
        this.zone = ZoneId.of(zone);
        this.days = days;
    }

    @Override
    public String name() {
        return "tracker-deadline-reminders";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        remind(LocalDate.now(zone));
    }

    private record Due(long addresseeId, String reference, String kind, LocalDate dueDate) {}

    /** @return how many reminders went out (one per body, deadline and stage, whatever the number of recipients) */
    int remind(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select d.addressee_id, d.reference, 'RESPONSE' as kind, d.due_date as due from (""" + Deadlines.BODIES + """
                  and a.due_date between :since and :soon) d where d.response_open
                union all
                select d.addressee_id, d.reference, 'IMPLEMENTATION', d.implementation_due from (""" + Deadlines.BODIES + """
                  ) d where d.implementation_state = 'OPEN' and d.implementation_due between :since and :soon
                order by 4, 1
                """).param("since", today.minusDays(OVERDUE_WINDOW_DAYS)).param("soon", today.plusDays(days))
                .query((rs, i) -> new Due(rs.getLong("addressee_id"), rs.getString("reference"), rs.getString("kind"),
                        rs.getObject("due", LocalDate.class)))
                .list();
        int sent = 0;
        for (Due d : due) {
            boolean overdue = d.dueDate().isBefore(today);
            Boolean done = transaction.execute(status -> send(d, overdue));
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(Due due, boolean overdue) {
        int recorded = jdbc.sql("""
                insert into deadline_reminder (addressee_id, kind, due_date, stage) values (:addressee, :kind, :due, :stage)
                on conflict do nothing
                """).param("addressee", due.addresseeId()).param("kind", due.kind()).param("due", due.dueDate())
                .param("stage", overdue ? "OVERDUE" : "DUE_SOON").update();
        if (recorded == 0) {
            return false;
        }
        Addressee addressee = addressees.require(due.addresseeId());
        Organisation body = organisations.require(addressee.organisationId());
        boolean response = due.kind().equals("RESPONSE");
        String key = "tracker.notice." + (response ? "response" : "implementation") + (overdue ? "Overdue" : "DueSoon");
        // A missed response is already told to the authors and followers by the no-response sweep.
        boolean followersToo = !(response && overdue);
        followers.remind(addressee, followersToo, key, locale -> List.of(due.reference(), body.name(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(due.dueDate())));
        return true;
    }
}
