package kg.kozomol.collect;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxAttachmentBytes the largest photo, recording or file a phone may attach to a submission; the phone is
 *        told this in the HEAD answer and a larger one gets 413
 */
@Validated
@ConfigurationProperties("kozomol.collect")
public record CollectProperties(@Positive @DefaultValue("10485760") long maxAttachmentBytes) {
}
