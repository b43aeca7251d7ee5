package kg.kozomol.tracker.imports;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxBytes the largest import file
 * @param maxRows the most rows one file may have
 * @param inlineRows imports changing at most this many recommendations run during the request; larger ones
 *     run as a background job with a progress page
 */
@Validated
@ConfigurationProperties("kozomol.tracker.import")
public record ImportProperties(@Positive @DefaultValue("10485760") long maxBytes, @Positive @DefaultValue("20000") int maxRows,
        @Positive @DefaultValue("200") int inlineRows) {}
