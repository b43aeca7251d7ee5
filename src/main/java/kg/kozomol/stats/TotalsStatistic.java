package kg.kozomol.stats;

/**
 * A statistic that is a smooth function of weighted totals: {@code value(T)} with {@code T = Σ w z(row)} over the
 * rows of the domain. Means, totals, proportions and ratios are all of this form, so one routine gives each its
 * linearised or replicate variance and its design effect.
 */
interface TotalsStatistic {

    /** m: how many totals. */
    int inputs();

    /** The m values of {@code row} whose weighted sums are the totals. */
    void inputs(int row, double[] z);

    /** k: how many numbers the statistic has. */
    int outputs();

    double[] value(double[] totals);

    /** ∂value/∂totals, k×m. */
    double[][] gradient(double[] totals);

    /** The influence of a row, {@code gradient · z} (k values); statistics with a sparse gradient override it. */
    default void influence(int row, double[] z, double[][] gradient, double[] out) {
        inputs(row, z);
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            double[] g = gradient[i];
            for (int j = 0; j < z.length; j++) {
                s += g[j] * z[j];
            }
            out[i] = s;
        }
    }
}
