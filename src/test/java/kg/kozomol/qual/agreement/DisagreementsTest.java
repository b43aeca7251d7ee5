package kg.kozomol.qual.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kg.kozomol.qual.agreement.Disagreements.CharacterDisagreement;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

    @Test
    void listsUnitsWhereCodersDifferIncludingOneLeftUncoded() {
        List<List<String>> coders = List.of(
                Arrays.asList("fear", "hope", null, "anger"),
                Arrays.asList("fear", "fear", "hope", "anger"),
                Arrays.asList("fear", "hope", "hope"));

        var found = Disagreements.units(coders);

        assertThat(found).extracting(Disagreements.UnitDisagreement::unit).containsExactly(1, 2, 3);
        assertThat(found.get(0).values()).containsExactly("hope", "fear", "hope");
        assertThat(found.get(2).values()).containsExactly("anger", "anger", null);
    }

    @Test
    void listsStretchesOnlyOneCoderCoded() {
        var found = Disagreements.characters(30, List.of(new Segment(0, 10), new Segment(20, 25)),
                List.of(new Segment(5, 22)));

        assertThat(found).containsExactly(
                new CharacterDisagreement(0, 5, true),
                new CharacterDisagreement(10, 20, false),
                new CharacterDisagreement(22, 25, true));
    }
}
