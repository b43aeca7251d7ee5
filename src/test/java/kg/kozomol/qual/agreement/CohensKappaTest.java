package kg.kozomol.qual.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohensKappaTest {

    /** Wikipedia "Cohen's kappa", 50 grant proposals: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4. */
    @Test
    void matchesTheFiftyProposalsExample() {
        Kappa kappa = CohensKappa.units(first(20, 5, 10, 15), second(20, 5, 10, 15));

        assertThat(kappa.kappa().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(kappa.observedAgreement()).isCloseTo(0.7, within(1e-12));
        assertThat(kappa.expectedAgreement()).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.percentAgreement()).isCloseTo(70, within(1e-9));
        assertThat(kappa.n()).isEqualTo(50);
    }

    /** Wikipedia: the same 60 % agreement gives κ = 0.1304 or 0.2593 depending on the marginals. */
    @Test
    void sameAgreementDifferentMarginalsGiveTheTextbookKappas() {
        assertThat(CohensKappa.units(first(45, 15, 25, 15), second(45, 15, 25, 15)).kappa().getAsDouble())
                .isCloseTo(0.1304, within(0.00005));
        assertThat(CohensKappa.units(first(25, 35, 5, 35), second(25, 35, 5, 35)).kappa().getAsDouble())
                .isCloseTo(0.2593, within(0.00005));
    }

    @Test
    void nominalCategoriesSkipUnitsEitherCoderLeftOpen() {
        List<String> a = new ArrayList<>(List.of("fear", "hope", "anger", "fear"));
        List<String> b = new ArrayList<>(List.of("fear", "hope", "fear", "fear"));
        a.add(null);
        b.add("hope");

        Kappa kappa = CohensKappa.units(a, b);

        // p_o = 3/4; p_e = (2·3 + 1·1 + 1·0) / 16 = 7/16; κ = (12/16 − 7/16) / (9/16) = 5/9.
        assertThat(kappa.n()).isEqualTo(4);
        assertThat(kappa.kappa().getAsDouble()).isCloseTo(5.0 / 9, within(1e-12));
    }

    @Test
    void characterLevelCountsEveryCharAsAUnit() {
        // 20 chars; A codes [0,10), B codes [5,15): agree on 5 coded + 5 uncoded = 10 of 20, p_e = 0.5 → κ = 0.
        Kappa kappa = CohensKappa.characters(20, List.of(new Segment(0, 10)),
                List.of(new Segment(5, 8), new Segment(7, 15)));

        assertThat(kappa.n()).isEqualTo(20);
        assertThat(kappa.observedAgreement()).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.kappa().getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void identicalSegmentsAgreePerfectly() {
        Kappa kappa = CohensKappa.characters(100, List.of(new Segment(10, 40)), List.of(new Segment(10, 40)));

        assertThat(kappa.kappa().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void isUndefinedRatherThanNaNWhenThereIsNothingToAgreeOn() {
        Kappa nobodyCoded = CohensKappa.characters(30, List.of(), List.of());
        Kappa noUnits = CohensKappa.units(List.of(), List.of());

        assertThat(nobodyCoded.defined()).isFalse();
        assertThat(nobodyCoded.percentAgreement()).isEqualTo(100.0);
        assertThat(noUnits.defined()).isFalse();
        assertThat(noUnits.n()).isZero();
    }

    private static List<Boolean> first(int yesYes, int yesNo, int noYes, int noNo) {
        return column(yesYes, yesNo, noYes, noNo, true);
    }

    private static List<Boolean> second(int yesYes, int yesNo, int noYes, int noNo) {
        return column(yesYes, yesNo, noYes, noNo, false);
    }

    /** The 2×2 table as two coders' columns: rows yes/yes, yes/no, no/yes, no/no. */
    private static List<Boolean> column(int yesYes, int yesNo, int noYes, int noNo, boolean firstCoder) {
        List<Boolean> values = new ArrayList<>();
        add(values, yesYes, true);
        add(values, yesNo, firstCoder);
        add(values, noYes, !firstCoder);
        add(values, noNo, false);
        return values;
    }

    private static void add(List<Boolean> values, int count, boolean value) {
        for (int i = 0; i < count; i++) {
            values.add(value);
        }
    }
}
