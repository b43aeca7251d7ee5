package kg.kozomol.qual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementShiftTest {

    @Test
    void offsetsFollowTheirWordsThroughReplacements() {
        // "Звонила Айгуль вчера" → "Звонила [Респондент 1] вчера": "Айгуль" [8, 14) becomes 14 chars.
        String original = "Звонила Айгуль вчера";
        String content = "Звонила [Респондент 1] вчера";
        ReplacementShift shift = new ReplacementShift(original.length(), List.<int[]>of(new int[] {8, 14, 14}));

        assertThat(content.substring(shift.start(15), shift.end(20))).isEqualTo("вчера");
        assertThat(content.substring(shift.start(0), shift.end(7))).isEqualTo("Звонила");
        assertThat(content.substring(shift.start(10), shift.end(12))).isEqualTo("[Респондент 1]");
        assertThat(content.substring(shift.start(0), shift.end(20))).isEqualTo(content);
    }
}
