package kg.kozomol.stats.internal;

/**
 * Quantiles of a weighted sample by R survey's rules {@code qrule_math} and {@code qrule_school}. R accumulates the
 * weights in extended precision ({@code cumsum}, {@code sum} use long double) and then tests
 * {@code cumw <= p * sum(w)} exactly; the sums here are carried in double-double so that ties fall the same way.
 */
public final class WeightedQuantile {

    private final double[] sorted;
    private final double[] cumulative;
    private final double total;

    /** @param x values and {@code w} their (non-zero) weights, in row order */
    public WeightedQuantile(double[] x, double[] w) {
        int n = x.length;
        int[] order = Sorting.stableOrder(x);
        sorted = new double[n];
        cumulative = new double[n];
        double hi = 0;
        double lo = 0;
        for (int i = 0; i < n; i++) {
            sorted[i] = x[order[i]];
            double[] sum = twoSum(hi, lo, w[order[i]]);
            hi = sum[0];
            lo = sum[1];
            cumulative[i] = hi + lo;
        }
        double totalHi = 0;
        double totalLo = 0;
        for (double weight : w) {
            double[] sum = twoSum(totalHi, totalLo, weight);
            totalHi = sum[0];
            totalLo = sum[1];
        }
        total = totalHi + totalLo;
    }

    /** R's {@code qrule_math}: the smallest value whose cumulative weight share reaches p. */
    public double math(double p) {
        Position q = position(p);
        return q.below == 0 ? sorted[q.low] : sorted[q.high];
    }

    /** R's {@code qrule_school}: as math, but the midpoint when the share hits p exactly. */
    public double school(double p) {
        Position q = position(p);
        return q.below == 0 ? (sorted[q.low] + sorted[q.high]) / 2 : sorted[q.high];
    }

    private record Position(int low, int high, double below) {
    }

    /** R's {@code qs}: the last position whose cumulative weight is at most p·total (the first if none is). */
    private Position position(double p) {
        double limit = p * total;
        int lo = 0;
        int hi = cumulative.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= limit) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int low = last < 0 ? 0 : last;
        int high = low == cumulative.length - 1 ? low : low + 1;
        return new Position(low, high, p - cumulative[low] / total);
    }

    /** Adds {@code x} to the double-double (hi, lo) exactly (Knuth's TwoSum), returning the new pair. */
    private static double[] twoSum(double hi, double lo, double x) {
        double s = hi + x;
        double v = s - hi;
        double e = (hi - (s - v)) + (x - v);
        double l = lo + e;
        double h = s + l;
        return new double[] {h, l - (h - s)};
    }
}
