package kg.kozomol.qual.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kg.kozomol.qual.pii.Pseudonyms.Entry;
import kg.kozomol.qual.pii.Pseudonyms.Pseudonymised;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private final PiiDetector detector = new PiiDetector(List.of("Талас", "школа №5"));

    @Test
    void replacesEachPersonPlaceAndInstitutionConsistently() {
        String text = "Айгуль из Таласа. С Айгулью и Нурланом в школе №5. Нурлан уехал в Талас. "
                + "Тел. 0555 123 456, ПИН 12304199000123, aigul@mail.kg.";
        Pseudonyms pseudonyms = new Pseudonyms(detector::normalise);

        Pseudonymised result = pseudonyms.apply(text, detector.detect(text));

        assertThat(result.text()).isEqualTo("[Респондент 1] из [Место 1]. С [Респондент 1] и [Респондент 2] в "
                + "[Учреждение 1]. [Респондент 2] уехал в [Место 1]. Тел. [Телефон], ПИН [ПИН], [E-mail].");
        assertThat(pseudonyms.entries()).contains(
                new Entry(PiiKind.PERSON_NAME, "айгуль", "[Респондент 1]"),
                new Entry(PiiKind.PERSON_NAME, "нурлан", "[Респондент 2]"),
                new Entry(PiiKind.PLACE, "талас", "[Место 1]"));
    }

    @Test
    void keepsStoredAndReviewerChosenPseudonymsAndNumbersOnAfterThem() {
        Pseudonyms pseudonyms = new Pseudonyms(detector::normalise);
        pseudonyms.assign(PiiKind.PERSON_NAME, "нурлан", "[Респондент 4]");
        pseudonyms.assign(PiiKind.PLACE, "талас", "[село в Таласской области]");
        String text = "Нурлан и Айгуль в Таласе.";

        Pseudonymised result = pseudonyms.apply(text, detector.detect(text));

        assertThat(result.text()).isEqualTo("[Респондент 4] и [Респондент 5] в [село в Таласской области].");
    }

    @Test
    void mapsOffsetsBetweenTheOriginalAndThePseudonymisedText() {
        String text = "Я Айгуль, мне 30.";
        Pseudonymised result = new Pseudonyms().apply(text, List.of(new PiiHit(2, 8, PiiKind.PERSON_NAME, "Айгуль")));

        assertThat(result.text()).isEqualTo("Я [Респондент 1], мне 30.");
        int originalComma = text.indexOf(',');
        int newComma = result.text().indexOf(',');
        assertThat(result.toPseudonymised(originalComma)).isEqualTo(newComma);
        assertThat(result.toOriginal(newComma)).isEqualTo(originalComma);
        assertThat(result.toPseudonymised(0)).isZero();
        assertThat(result.toPseudonymised(4)).isEqualTo(2);
        assertThat(result.toOriginal(7)).isEqualTo(2);
        assertThat(result.toPseudonymised(text.length())).isEqualTo(result.text().length());
        assertThat(result.replacements()).singleElement().satisfies(replacement -> {
            assertThat(replacement.start()).isEqualTo(2);
            assertThat(replacement.end()).isEqualTo(16);
            assertThat(replacement.pseudonym()).isEqualTo("[Респондент 1]");
        });
    }

    @Test
    void rejectsOverlappingHitsOrHitsThatDoNotFitTheText() {
        Pseudonyms pseudonyms = new Pseudonyms();

        assertThatThrownBy(() -> pseudonyms.apply("Айгуль Асанова", List.of(
                new PiiHit(0, 6, PiiKind.PERSON_NAME, "Айгуль"),
                new PiiHit(3, 14, PiiKind.PERSON_NAME, "уль Асанова")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pseudonyms.apply("Айгуль", List.of(new PiiHit(0, 6, PiiKind.PERSON_NAME, "Нурлан"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
