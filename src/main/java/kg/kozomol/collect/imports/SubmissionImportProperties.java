package kg.kozomol.collect.imports;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxBytes the largest export file (a million-row Kobo CSV is a few hundred megabytes)
 * @param inlineRows imports of at most this many rows run during the request; larger ones run as a background job
 * @param batchRows submissions stored together in one write: memory stays flat however long the file (5,000 doubled
 *        the peak heap of a million-row import for no clear gain in speed)
 */
@Validated
@ConfigurationProperties("kozomol.collect.import")
public record SubmissionImportProperties(@Positive @DefaultValue("1073741824") long maxBytes,
        @Positive @DefaultValue("200") int inlineRows, @Positive @DefaultValue("2000") int batchRows) {}
