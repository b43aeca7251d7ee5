package kg.kozomol.analysis;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxBytes the largest dataset file
 * @param maxRows the most rows a dataset file may have
 * @param inlineRows analyses of datasets with more rows are computed by a background job with a progress page
 */
@Validated
@ConfigurationProperties("kozomol.analysis")
public record AnalysisProperties(@Positive @DefaultValue("52428800") long maxBytes,
        @Positive @DefaultValue("200000") int maxRows, @Positive @DefaultValue("50000") int inlineRows) {}
