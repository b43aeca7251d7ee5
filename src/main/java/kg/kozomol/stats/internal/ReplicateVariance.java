package kg.kozomol.stats.internal;

/** R survey's {@code svrVar}: the spread of replicate estimates around their mean (or the full estimate). */
public final class ReplicateVariance {

    private ReplicateVariance() {
    }

    /**
     * @param thetas  replicate estimates, {@code thetas[r][i]}; a replicate with a non-finite value is left out
     *                (R drops NA replicates)
     * @param scale   the overall multiplier
     * @param rscales one multiplier per replicate
     * @param mse     centre on {@code estimate} instead of the replicates' mean
     * @return k×k row-major, or null when no replicate gave a value
     */
    public static double[] covariance(double[][] thetas, double scale, double[] rscales, boolean mse,
            double[] estimate) {
        int k = estimate.length;
        boolean[] usable = new boolean[thetas.length];
        int used = 0;
        for (int r = 0; r < thetas.length; r++) {
            usable[r] = true;
            for (double value : thetas[r]) {
                usable[r] &= Double.isFinite(value);
            }
            used += usable[r] ? 1 : 0;
        }
        if (used == 0) {
            return null;
        }
        double[] centre = new double[k];
        if (mse) {
            System.arraycopy(estimate, 0, centre, 0, k);
        } else {
            int counted = 0;
            for (int r = 0; r < thetas.length; r++) {
                if (usable[r] && rscales[r] > 0) {
                    counted++;
                    for (int i = 0; i < k; i++) {
                        centre[i] += thetas[r][i];
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                centre[i] /= counted;
            }
        }
        double[] v = new double[k * k];
        for (int r = 0; r < thetas.length; r++) {
            if (!usable[r]) {
                continue;
            }
            for (int i = 0; i < k; i++) {
                double di = (thetas[r][i] - centre[i]) * rscales[r];
                for (int j = 0; j < k; j++) {
                    v[i * k + j] += di * (thetas[r][j] - centre[j]);
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /**
     * The rank of the columns of a matrix, as R's {@code qr(x, tol)$rank}: a column counts when what is left of it
     * after removing the earlier counted columns keeps more than {@code tol} of its length.
     */
    public static int rank(double[][] columns, double tol) {
        int rank = 0;
        double[][] basis = new double[columns.length][];
        for (double[] column : columns) {
            double[] v = column.clone();
            double original = norm(v);
            if (original == 0) {
                continue;
            }
            for (int b = 0; b < rank; b++) {
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += basis[b][i] * v[i];
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] -= dot * basis[b][i];
                }
            }
            double left = norm(v);
            if (left > tol * original) {
                for (int i = 0; i < v.length; i++) {
                    v[i] /= left;
                }
                basis[rank++] = v;
            }
        }
        return rank;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
