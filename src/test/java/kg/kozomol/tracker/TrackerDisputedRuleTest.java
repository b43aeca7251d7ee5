package kg.kozomol.tracker;

import static kg.kozomol.tracker.Completion.COMPLETE;
import static kg.kozomol.tracker.Completion.LIMITED;
import static kg.kozomol.tracker.Completion.NOT_STARTED;
import static kg.kozomol.tracker.Completion.NO_EVIDENCE;
import static kg.kozomol.tracker.Completion.SUBSTANTIAL;
import static kg.kozomol.tracker.Completion.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrackerDisputedRuleTest {

    @Test
    void twoStepsApartIsDisputed() {
        assertThat(DisputedRule.disputed(SUBSTANTIAL, NOT_STARTED)).isTrue();
        assertThat(DisputedRule.disputed(NOT_STARTED, SUBSTANTIAL)).isTrue();
        assertThat(DisputedRule.disputed(NO_EVIDENCE, LIMITED)).isTrue();
    }

    @Test
    void oneStepApartOrEqualIsNotDisputed() {
        assertThat(DisputedRule.disputed(SUBSTANTIAL, LIMITED)).isFalse();
        assertThat(DisputedRule.disputed(COMPLETE, SUBSTANTIAL)).isFalse();
        assertThat(DisputedRule.disputed(LIMITED, LIMITED)).isFalse();
    }

    @Test
    void stateCompleteWhileCsoSaysLimitedOrLessIsDisputed() {
        assertThat(DisputedRule.disputed(COMPLETE, LIMITED)).isTrue();
        assertThat(DisputedRule.disputed(COMPLETE, NO_EVIDENCE)).isTrue();
    }

    @Test
    void aMissingSideOrATerminalStateIsNeverDisputed() {
        assertThat(DisputedRule.disputed(null, LIMITED)).isFalse();
        assertThat(DisputedRule.disputed(COMPLETE, null)).isFalse();
        assertThat(DisputedRule.disputed(WITHDRAWN, COMPLETE)).isFalse();
    }

    @Test
    void deadlineFlagsFollowTheDueDate() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(DeadlineFlag.of(today.plusDays(8), null, today)).isEqualTo(DeadlineFlag.ON_TRACK);
        assertThat(DeadlineFlag.of(today.plusDays(7), null, today)).isEqualTo(DeadlineFlag.DUE_SOON);
        assertThat(DeadlineFlag.of(today, null, today)).isEqualTo(DeadlineFlag.DUE_SOON);
        assertThat(DeadlineFlag.of(today.minusDays(1), null, today)).isEqualTo(DeadlineFlag.OVERDUE);
        assertThat(DeadlineFlag.of(today.minusDays(1), Position.NO_RESPONSE, today)).isEqualTo(DeadlineFlag.OVERDUE);
        assertThat(DeadlineFlag.of(today.minusDays(1), Position.ACCEPTED, today)).isEqualTo(DeadlineFlag.ANSWERED);
    }
}
