package kg.kozomol.study.sampling;

import java.util.Arrays;
import java.util.Optional;

/** The confidence levels a plan may choose, each with its two-sided standard normal quantile z. */
public enum ConfidenceLevel {
    P90(90, 1.6448536269514722),
    P95(95, 1.959963984540054),
    P99(99, 2.5758293035489004);

    private final int percent;
    private final double z;

    ConfidenceLevel(int percent, double z) {
        this.percent = percent;
        this.z = z;
    }

    public int percent() {
        return percent;
    }

    public double z() {
        return z;
    }

    public static Optional<ConfidenceLevel> ofPercent(int percent) {
        return Arrays.stream(values()).filter(c -> c.percent == percent).findFirst();
    }
}
