package kg.kozomol.tracker;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.jobs.RecurringWork;

/**
 * Marks bodies whose response due date has passed without a released position as NO_RESPONSE, puts the
 * event on their timeline and tells the CSO's authors and followers. Runs on one node at a time.
 */
@Component
class NoResponseSweep implements RecurringWork {

    private final JdbcClient jdbc;
    private final Addressees addressees;
    private final TimelineEvents events;
    private final Followers followers;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    NoResponseSweep(JdbcClient jdbc, Addressees addressees, TimelineEvents events, Followers followers,
            TransactionTemplate transaction, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.addressees = addressees;
        this.events = events;
        this.followers = followers;
        this.transaction = transaction;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public String name() {
        return "tracker-no-response";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run() {
        markMissed(LocalDate.now(zone));
    }

    /** @return how many bodies were marked; each in its own transaction so one failure does not stop the rest */
    int markMissed(LocalDate today) {
        List<Long> overdue = jdbc.sql("""
                select a.id from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and a.position is null and a.due_date < :today
                  and not exists (select 1 from state_position p where p.addressee_id = a.id and p.status = 'RELEASED')
                order by a.id limit 500
                """).param("today", today).query(Long.class).list();
        int marked = 0;
        for (long id : overdue) {
            Boolean done = transaction.execute(status -> mark(id, today));
            marked += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return marked;
    }

    private boolean mark(long addresseeId, LocalDate today) {
        int locked = jdbc.sql("update addressee set version = version + 1 where id = :id and position is null")
                .param("id", addresseeId).update();
        if (locked == 0) {
            return false;
        }
        Addressee addressee = addressees.require(addresseeId);
        addressees.setPosition(addresseeId, Position.NO_RESPONSE);
        events.add(new TimelineEvents.Row(addresseeId, TimelineKind.NO_RESPONSE, today, null, null, null, null, null, null,
                null, Position.NO_RESPONSE, addressee.dueDate(), null, null, null));
        String reference = jdbc.sql("select reference from recommendation where id = :id")
                .param("id", addressee.recommendationId()).query(String.class).single();
        followers.changedForAuthors(addressee.recommendationId(), "tracker.notice.noResponse", List.of(reference));
        return true;
    }
}
