package kg.kozomol.study.sampling;

/**
 * The precision a domain estimate needs to support a policy decision: a margin of error of at most
 * {@code thresholdPoints} percentage points at the given confidence.
 */
public record PolicyGrade(double thresholdPoints, ConfidenceLevel confidence) {

    public PolicyGrade {
        if (!(thresholdPoints > 0) || confidence == null) {
            throw new IllegalArgumentException("A policy grade needs a positive margin and a confidence level");
        }
    }
}
