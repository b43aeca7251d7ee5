package kg.kozomol.stats;

/** A confidence interval at {@code level} (0.95 for 95%). */
public record Interval(double lower, double upper, double level) {
}
