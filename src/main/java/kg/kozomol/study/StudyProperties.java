package kg.kozomol.study;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.PolicyGrade;

/**
 * @param policyGradeMargin the largest margin of error of a domain estimate, in percentage points, still fit for
 *        policy decisions
 * @param policyGradeConfidence the confidence level, in percent (90, 95 or 99), at which that margin is judged
 */
@Validated
@ConfigurationProperties("kozomol.study")
public record StudyProperties(
        @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("50.0") @DefaultValue("5.0") BigDecimal policyGradeMargin,
        @DefaultValue("95") int policyGradeConfidence) {

    public StudyProperties {
        if (ConfidenceLevel.ofPercent(policyGradeConfidence).isEmpty()) {
            throw new IllegalArgumentException("kozomol.study.policy-grade-confidence must be 90, 95 or 99");
        }
    }

    public PolicyGrade policyGrade() {
        return new PolicyGrade(policyGradeMargin.doubleValue(), ConfidenceLevel.ofPercent(policyGradeConfidence).orElseThrow());
    }
}
