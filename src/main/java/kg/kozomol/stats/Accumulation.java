package kg.kozomol.stats;

/**
 * What one pass over the rows of a domain collects for a {@link TotalsStatistic}: the weighted totals, the weighted
 * first and second moments of the row values (shifted by the first row's values, so the design effect keeps its
 * digits), and what the design needs for the variance (totals per leaf cluster, or per replicate).
 */
final class Accumulation {

    final int m;
    final double[] totals;
    double weightSum;
    int n;
    private double[] shift;
    private final double[] first;
    private final double[] cross;
    private final int[] nonZero;

    /** Totals per leaf cluster (leaf-major), for linearisation; null otherwise. */
    double[] leafSums;
    /** Leaves with a row in the domain, for linearisation; null otherwise. */
    boolean[] leafPresent;
    /** Totals under each replicate's weights, for replicate designs; null otherwise. */
    double[][] replicateTotals;

    Accumulation(int m) {
        this.m = m;
        totals = new double[m];
        first = new double[m];
        cross = new double[m * m];
        nonZero = new int[m];
    }

    /** Adds a row of weight {@code w} and values {@code z}. */
    void add(double w, double[] z) {
        if (shift == null) {
            shift = z.clone();
        }
        if (m <= 4) {
            addDense(w, z);
            return;
        }
        int count = 0;
        for (int j = 0; j < m; j++) {
            totals[j] += w * z[j];
            double d = z[j] - shift[j];
            if (d != 0) {
                first[j] += w * d;
                nonZero[count++] = j;
            }
        }
        for (int a = 0; a < count; a++) {
            int i = nonZero[a];
            double wi = w * (z[i] - shift[i]);
            for (int b = 0; b < count; b++) {
                int j = nonZero[b];
                cross[i * m + j] += wi * (z[j] - shift[j]);
            }
        }
        weightSum += w;
        n++;
    }

    /** Few values per row (means, totals, ratios): every product, no bookkeeping. */
    private void addDense(double w, double[] z) {
        for (int i = 0; i < m; i++) {
            totals[i] += w * z[i];
            double wi = w * (z[i] - shift[i]);
            first[i] += wi;
            for (int j = 0; j < m; j++) {
                cross[i * m + j] += wi * (z[j] - shift[j]);
            }
        }
        weightSum += w;
        n++;
    }

    /** Σ w (u − ū)² for the influence u = g·z of one output with gradient row {@code g}. */
    double influenceSquares(double[] g) {
        double squares = 0;
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += g[i] * first[i];
            for (int j = 0; j < m; j++) {
                squares += g[i] * cross[i * m + j] * g[j];
            }
        }
        return squares - mean * mean / weightSum;
    }
}
