package kg.kozomol.qual.agreement;

import java.util.OptionalDouble;

/**
 * Cohen's kappa for two coders with what it was computed from. {@code kappa} is empty when it is undefined: no
 * units, or an expected agreement of 1 (both coders used one and the same category everywhere), so a page never
 * shows NaN. Agreements are proportions in [0, 1]; {@code percentAgreement} is the observed one times 100.
 */
public record Kappa(OptionalDouble kappa, double percentAgreement, double observedAgreement,
        double expectedAgreement, int n) {

    public boolean defined() {
        return kappa.isPresent();
    }
}
