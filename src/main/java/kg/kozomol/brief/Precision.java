package kg.kozomol.brief;

import java.math.BigDecimal;

/**
 * How precise an estimate is.
 *
 * @param unweightedN respondents behind the estimate
 * @param marginOfError in percentage points, at 95% confidence
 * @param designEffect the variance inflation from clustering and weighting
 */
public record Precision(Integer unweightedN, BigDecimal marginOfError, BigDecimal designEffect) {

    public boolean isEmpty() {
        return unweightedN == null && marginOfError == null && designEffect == null;
    }

    public boolean belowPolicyGrade(BigDecimal threshold) {
        return marginOfError != null && threshold != null && marginOfError.compareTo(threshold) > 0;
    }
}
