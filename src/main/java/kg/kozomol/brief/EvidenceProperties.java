package kg.kozomol.brief;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param policyGradeMargin the largest margin of error (percentage points) still fit for policy decisions */
@Validated
@ConfigurationProperties("kozomol.evidence")
public record EvidenceProperties(@NotNull @DecimalMin("0.0") @DefaultValue("5.0") BigDecimal policyGradeMargin) {}
