package kg.kozomol.qual.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability". */
class KrippendorffAlphaTest {

    /** Section C: 4 observers, 12 units, values 1–5, missing data. */
    private static final Double[][] FOUR_OBSERVERS = {
            row(1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null),
            row(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3),
            row(null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null),
            row(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null) };

    @Test
    void matchesThePublishedNominalOrdinalIntervalAndRatioAlphasWithMissingData() {
        assertThat(alpha(FOUR_OBSERVERS, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(alpha(FOUR_OBSERVERS, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(alpha(FOUR_OBSERVERS, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(alpha(FOUR_OBSERVERS, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void countsOnlyValuesInUnitsThatAtLeastTwoCodersRated() {
        Alpha alpha = KrippendorffAlpha.of(FOUR_OBSERVERS, Metric.NOMINAL);

        // Unit 12 has a single value, so 40 of the 41 values are pairable (the paper's n = 40).
        assertThat(alpha.pairableValues()).isEqualTo(40);
        assertThat(alpha.units()).isEqualTo(11);
    }

    @Test
    void matchesThePublishedBinaryTwoObserverAlpha() {
        Double[][] binary = {
                row(0, 1, 0, 0, 0, 0, 0, 0, 1, 0),
                row(1, 1, 1, 0, 0, 1, 0, 0, 0, 0) };

        assertThat(alpha(binary, Metric.NOMINAL)).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void nominalLabelsGiveTheSameAlphaAsNumbers() {
        List<List<String>> labels = Arrays.stream(FOUR_OBSERVERS)
                .map(row -> Arrays.stream(row).map(value -> value == null ? null : "code-" + value).toList())
                .toList();

        assertThat(KrippendorffAlpha.nominal(labels).alpha().getAsDouble()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void perfectAgreementIsOne() {
        Double[][] same = { row(1, 2, 3, null), row(1, 2, 3, 4) };

        assertThat(alpha(same, Metric.INTERVAL)).isEqualTo(1.0);
    }

    @Test
    void isUndefinedWhenEveryValueIsTheSameOrNothingIsPairable() {
        assertThat(KrippendorffAlpha.of(new Double[][] { row(2, 2, 2), row(2, 2, 2) }, Metric.NOMINAL).defined())
                .isFalse();
        assertThat(KrippendorffAlpha.of(new Double[][] { row(1, null), row(null, 2) }, Metric.NOMINAL).defined())
                .isFalse();
        assertThat(KrippendorffAlpha.of(new Double[0][], Metric.ORDINAL).defined()).isFalse();
    }

    @Test
    void rejectsNegativeRatioValues() {
        assertThatThrownBy(() -> KrippendorffAlpha.of(new Double[][] { row(-1, 2), row(1, 2) }, Metric.RATIO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double alpha(Double[][] data, Metric metric) {
        return KrippendorffAlpha.of(data, metric).alpha().getAsDouble();
    }

    private static Double[] row(Integer... values) {
        return Arrays.stream(values).map(value -> value == null ? null : value.doubleValue()).toArray(Double[]::new);
    }
}
