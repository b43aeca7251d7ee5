package kg.kozomol.tracker;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For synthetic demo and benchmark data only: moves everything recorded about one recommendation back in time, so
 * a history made through the real services today (with all their rules) can be spread over past months. Called
 * between steps, it keeps their order: each call pushes the earlier steps further into the past.
 */
@Service
public class SyntheticHistory {

    private static final List<String> SHIFTS = List.of(
            """
            update recommendation set released_at = released_at - make_interval(days => :days),
              created_at = created_at - make_interval(days => :days), updated_at = updated_at - make_interval(days => :days),
              proposed_implementation_date = proposed_implementation_date - :days
            where id = :id
            """,
            """
            update addressee set original_due_date = original_due_date - :days, due_date = due_date - :days,
              created_at = created_at - make_interval(days => :days)
            where recommendation_id = :id
            """,
            """
            update state_position p set letter_date = p.letter_date - :days,
              released_at = p.released_at - make_interval(days => :days), created_at = p.created_at - make_interval(days => :days)
            from addressee a where a.id = p.addressee_id and a.recommendation_id = :id
            """,
            """
            update planned_measure m set target_date = m.target_date - :days
            from state_position p join addressee a on a.id = p.addressee_id
            where p.id = m.position_id and a.recommendation_id = :id
            """,
            """
            update timeline_entry t set occurred_on = t.occurred_on - :days, previous_date = t.previous_date - :days,
              new_date = t.new_date - :days, created_at = t.created_at - make_interval(days => :days)
            from addressee a where a.id = t.addressee_id and a.recommendation_id = :id
            """,
            """
            update recommendation_question set created_at = created_at - make_interval(days => :days)
            where recommendation_id = :id
            """);

    private final JdbcClient jdbc;
    private final Addressees addressees;

    SyntheticHistory(JdbcClient jdbc, Addressees addressees) {
        this.jdbc = jdbc;
        this.addressees = addressees;
    }

    @Transactional
    public void age(long recommendationId, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        for (String shift : SHIFTS) {
            jdbc.sql(shift).param("id", recommendationId).param("days", days).update();
        }
        addressees.refreshDerived(recommendationId);
    }
}
