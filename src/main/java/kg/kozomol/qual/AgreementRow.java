package kg.kozomol.qual;

import kg.kozomol.qual.agreement.Alpha;
import kg.kozomol.qual.agreement.Kappa;

/**
 * Agreement on one code. {@code kappa} is null unless exactly two coders are compared, {@code alpha} is null for
 * characters; an undefined value carries the message key of why it is undefined.
 */
public record AgreementRow(Code code, Kappa kappa, Alpha alpha) {

    public String kappaUndefined() {
        if (kappa == null || kappa.defined()) {
            return null;
        }
        return kappa.n() == 0 ? "qual.agreement.undefined.noUnits" : "qual.agreement.undefined.noVariation";
    }

    public String alphaUndefined() {
        if (alpha == null || alpha.defined()) {
            return null;
        }
        return alpha.pairableValues() < 2 ? "qual.agreement.undefined.notPairable" : "qual.agreement.undefined.noVariation";
    }

    /** Krippendorff's thresholds: α ≥ .800 reliable, .667 ≤ α < .800 tentative conclusions only, below that not. */
    public String interpretation() {
        double value;
        if (alpha != null && alpha.defined()) {
            value = alpha.alpha().getAsDouble();
        } else if (kappa != null && kappa.defined()) {
            value = kappa.kappa().getAsDouble();
        } else {
            return null;
        }
        return value >= 0.8 ? "qual.agreement.good" : value >= 0.667 ? "qual.agreement.tentative" : "qual.agreement.poor";
    }
}
