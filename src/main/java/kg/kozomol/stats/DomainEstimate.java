package kg.kozomol.stats;

/** The result of an estimator on one domain: {@code level} of the domain variable. */
public record DomainEstimate<T>(String level, T result) {
}
