package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void tellsARepeatFromANewIdThroughEveryGrowthOfTheTable() {
        SeenIds seen = new SeenIds();
        for (int i = 0; i < 50_000; i++) {
            assertThat(seen.repeats("uuid:" + i)).as("first time: %s", i).isFalse();
        }
        for (int i = 0; i < 50_000; i += 7) {
            assertThat(seen.repeats("uuid:" + i)).as("again: %s", i).isTrue();
        }
        assertThat(seen.repeats("uuid:50000")).isFalse();
        assertThat(seen.repeats("")).isFalse();
        assertThat(seen.repeats("")).isTrue();
    }
}
