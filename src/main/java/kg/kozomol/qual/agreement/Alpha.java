package kg.kozomol.qual.agreement;

import java.util.OptionalDouble;

/**
 * Krippendorff's alpha = 1 − D_o / D_e with its parts. {@code alpha} is empty when it is undefined: fewer than two
 * pairable values, or every pairable value the same (D_e = 0). {@code pairableValues} is n, the number of values
 * in units that at least two coders rated.
 */
public record Alpha(OptionalDouble alpha, Metric metric, double observedDisagreement,
        double expectedDisagreement, int pairableValues, int units) {

    public boolean defined() {
        return alpha.isPresent();
    }
}
