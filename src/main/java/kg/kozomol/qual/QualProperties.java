package kg.kozomol.qual;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxTranscriptBytes the largest transcript file accepted
 * @param maxTranscriptChars the longest extracted text accepted (about 1,000 pages)
 */
@Validated
@ConfigurationProperties("kozomol.qual")
public record QualProperties(@Positive @DefaultValue("5242880") int maxTranscriptBytes,
        @Positive @DefaultValue("3000000") int maxTranscriptChars) {}
