package kg.kozomol.collect.review;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kg.kozomol.jobs.RecurringWork;
import kg.kozomol.platform.RecordRows;

/**
 * Fills the stored answers of submissions kept from before they existed (or written straight into the table), a batch
 * at a time, each batch committed on its own: stopped at any point, it goes on where it was at its next run. Exports
 * read such rows from their XML meanwhile. The answers are derived from the XML, not a change of the record, so the
 * row's version stays as it is (a reviewer's open page is not made stale) and nothing is audited.
 */
@Component
class StoredAnswersBackfill implements RecurringWork {

    private static final Logger LOG = LoggerFactory.getLogger(StoredAnswersBackfill.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;

    StoredAnswersBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "collect-stored-answers";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    private record Waiting(long id, byte[] xml) {
    }

    @Override
    public void run() {
        fill();
    }

    /** @return how many submissions were filled; one whose XML cannot be read is left as it is and logged */
    int fill() {
        long after = 0;
        int filled = 0;
        while (true) {
            List<Waiting> batch = jdbc.sql("""
                    select id, xml from collect_submission where answers is null and id > :after order by id limit :limit
                    """).param("after", after).param("limit", BATCH).query(RecordRows.of(Waiting.class)).list();
            if (batch.isEmpty()) {
                return filled;
            }
            long[] ids = new long[batch.size()];
            byte[][] answers = new byte[batch.size()][];
            int n = 0;
            for (Waiting waiting : batch) {
                try {
                    answers[n] = StoredAnswers.encode(waiting.xml());
                    ids[n++] = waiting.id();
                } catch (IllegalArgumentException e) {
                    LOG.warn("submission {} has unreadable XML; its answers stay unstored", waiting.id(), e);
                }
            }
            filled += jdbc.sql("""
                    update collect_submission s set answers = t.answers
                    from unnest(cast(:ids as bigint[]), cast(:answers as bytea[])) as t (id, answers)
                    where s.id = t.id and s.answers is null
                    """).param("ids", Arrays.copyOf(ids, n)).param("answers", Arrays.copyOf(answers, n)).update();
            after = batch.get(batch.size() - 1).id();
        }
    }
}
