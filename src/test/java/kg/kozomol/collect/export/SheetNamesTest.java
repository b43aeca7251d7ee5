package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void namesAreCutToExcelsLimitCleanedAndMadeUnique() {
        SheetNames names = new SheetNames();
        String longName = "посещение_классов_с_доступным_входом";
        assertThat(names.unique(longName)).hasSize(31).isEqualTo(longName.substring(0, 31));
        assertThat(names.unique(longName + "_и_пандусом")).hasSize(31).endsWith("~2");
        assertThat(names.unique("a/b[1]:c?")).isEqualTo("a_b_1__c_");
        assertThat(names.unique("README")).isEqualTo("README");
        assertThat(names.unique("readme")).isEqualTo("readme~2");
        assertThat(names.unique("  ")).isEqualTo("sheet");
    }
}
