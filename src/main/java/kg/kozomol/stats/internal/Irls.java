package kg.kozomol.stats.internal;

/**
 * Iteratively reweighted least squares exactly as R's {@code glm.fit} runs it (starting values, convergence test
 * {@code |dev − dev_old| / (|dev| + 0.1) < 1e-8}, at most 25 iterations, the binomial link's clamping at ±30), so
 * coefficients agree with R's to far better than the convergence tolerance. As in R, the working weights returned
 * are those of the last iteration's least-squares fit, computed from the previous fitted values.
 */
public final class Irls {

    /** The two families that R survey's {@code svyglm} examples use. */
    public enum Family {
        /** Identity link, constant variance (linear regression). */
        GAUSSIAN,
        /** Logit link, variance μ(1−μ), dispersion estimated (logistic regression on weighted data). */
        QUASIBINOMIAL
    }

    /**
     * @param coefficients       the estimates
     * @param iterations         R's {@code iter}
     * @param workingWeights     R's {@code weights} (the working weights), per row
     * @param workingResiduals   R's {@code residuals(fit, "working")}, per row
     * @param unscaledCovariance (X'WX)⁻¹, p×p row-major (R's {@code summary(fit)$cov.unscaled})
     * @param aliased            the first column that is a combination of earlier ones, or -1
     */
    public record Fit(double[] coefficients, int iterations, double[] workingWeights, double[] workingResiduals,
            double[] unscaledCovariance, int aliased) {
    }

    /** The fit did not converge in 25 iterations, or the deviance stopped being finite. */
    public static final class NotConverged extends RuntimeException {

        public final int iterations;

        NotConverged(int iterations) {
            super("no convergence after " + iterations + " iterations");
            this.iterations = iterations;
        }
    }

    private static final double EPSILON = 1e-8;
    private static final int MAX_ITERATIONS = 25;
    private static final double THRESH = 30;
    private static final double DBL_EPSILON = Math.ulp(1.0);
    private static final double INVEPS = 1 / DBL_EPSILON;

    private Irls() {
    }

    /**
     * @param x       p columns of the model matrix, each of n rows
     * @param y       the response
     * @param weights prior weights; rows with weight 0 do not take part (R's {@code good})
     * @param start   starting coefficients, or null for the family's starting values
     */
    public static Fit fit(double[][] x, double[] y, double[] weights, Family family, double[] start) {
        int n = y.length;
        int p = x.length;
        double[] eta = new double[n];
        double[] mu = new double[n];
        if (start == null) {
            for (int i = 0; i < n; i++) {
                double mustart = family == Family.GAUSSIAN ? y[i] : (weights[i] * y[i] + 0.5) / (weights[i] + 1);
                eta[i] = linkfun(family, mustart);
            }
        } else {
            eta = multiply(x, start, n);
        }
        for (int i = 0; i < n; i++) {
            mu[i] = linkinv(family, eta[i]);
        }
        double devold = deviance(family, y, mu, weights);
        double[] w = new double[n];
        boolean[] good = new boolean[n];
        Qr qr = null;
        double[] coefficients = null;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[][] wx = new double[p][n];
            double[] wz = new double[n];
            for (int i = 0; i < n; i++) {
                double muEta = muEta(family, eta[i]);
                good[i] = weights[i] > 0 && muEta != 0;
                if (!good[i]) {
                    w[i] = 0;
                    continue;
                }
                double z = eta[i] + (y[i] - mu[i]) / muEta;
                w[i] = Math.sqrt(weights[i] * muEta * muEta / variance(family, mu[i]));
                wz[i] = z * w[i];
                for (int j = 0; j < p; j++) {
                    wx[j][i] = x[j][i] * w[i];
                }
            }
            qr = new Qr(wx, good, 1e-11);
            if (qr.aliased() >= 0) {
                return new Fit(null, iteration, null, null, null, qr.aliased());
            }
            coefficients = qr.solve(wz);
            eta = multiply(x, coefficients, n);
            for (int i = 0; i < n; i++) {
                mu[i] = linkinv(family, eta[i]);
            }
            double dev = deviance(family, y, mu, weights);
            if (!Double.isFinite(dev)) {
                throw new NotConverged(iteration);
            }
            if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < EPSILON) {
                converged = true;
                break;
            }
            devold = dev;
        }
        if (!converged) {
            throw new NotConverged(iteration);
        }
        double[] residuals = new double[n];
        double[] working = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = (y[i] - mu[i]) / muEta(family, eta[i]);
            working[i] = good[i] ? w[i] * w[i] : 0;
        }
        return new Fit(coefficients, iteration, working, residuals, qr.unscaledCovariance(), -1);
    }

    private static double[] multiply(double[][] x, double[] beta, int n) {
        double[] eta = new double[n];
        for (int j = 0; j < x.length; j++) {
            double b = beta[j];
            double[] column = x[j];
            for (int i = 0; i < n; i++) {
                eta[i] += column[i] * b;
            }
        }
        return eta;
    }

    private static double linkfun(Family family, double mu) {
        return family == Family.GAUSSIAN ? mu : Math.log(mu / (1 - mu));
    }

    /** R's C {@code logit_linkinv}. */
    private static double linkinv(Family family, double eta) {
        if (family == Family.GAUSSIAN) {
            return eta;
        }
        double tmp = eta < -THRESH ? DBL_EPSILON : eta > THRESH ? INVEPS : Math.exp(eta);
        return tmp / (1.0 + tmp);
    }

    /** R's C {@code logit_mu_eta}. */
    private static double muEta(Family family, double eta) {
        if (family == Family.GAUSSIAN) {
            return 1;
        }
        double opexp = 1 + Math.exp(eta);
        return eta > THRESH || eta < -THRESH ? DBL_EPSILON : Math.exp(eta) / (opexp * opexp);
    }

    private static double variance(Family family, double mu) {
        return family == Family.GAUSSIAN ? 1 : mu * (1 - mu);
    }

    private static double deviance(Family family, double[] y, double[] mu, double[] weights) {
        double dev = 0;
        for (int i = 0; i < y.length; i++) {
            if (family == Family.GAUSSIAN) {
                double r = y[i] - mu[i];
                dev += weights[i] * r * r;
            } else {
                dev += 2 * weights[i] * (ylogy(y[i], mu[i]) + ylogy(1 - y[i], 1 - mu[i]));
            }
        }
        return dev;
    }

    private static double ylogy(double y, double mu) {
        return y != 0 ? y * Math.log(y / mu) : 0;
    }

    /**
     * Householder QR of the rows marked {@code use}, with LINPACK's limited pivoting: a column whose remaining
     * length falls below {@code tol} of its original length is aliased.
     */
    static final class Qr {

        private final double[][] a;
        private final double[] diag;
        private final int[] rows;
        private final int p;
        private int aliased = -1;

        Qr(double[][] columns, boolean[] use, double tol) {
            int count = 0;
            for (boolean u : use) {
                count += u ? 1 : 0;
            }
            rows = new int[count];
            int r = 0;
            for (int i = 0; i < use.length; i++) {
                if (use[i]) {
                    rows[r++] = i;
                }
            }
            p = columns.length;
            a = new double[p][count];
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < count; i++) {
                    a[j][i] = columns[j][rows[i]];
                }
            }
            diag = new double[p];
            for (int j = 0; j < p; j++) {
                double original = norm(a[j], 0);
                double remaining = norm(a[j], j);
                if (j >= count || remaining < tol * original || original == 0) {
                    aliased = j;
                    return;
                }
                double alpha = a[j][j] > 0 ? -remaining : remaining;
                // v = a_j − alpha e_j over rows j.., kept in a[j][j..]
                a[j][j] -= alpha;
                double vnorm2 = 0;
                for (int i = j; i < count; i++) {
                    vnorm2 += a[j][i] * a[j][i];
                }
                for (int k = j + 1; k < p; k++) {
                    double dot = 0;
                    for (int i = j; i < count; i++) {
                        dot += a[j][i] * a[k][i];
                    }
                    double f = 2 * dot / vnorm2;
                    for (int i = j; i < count; i++) {
                        a[k][i] -= f * a[j][i];
                    }
                }
                diag[j] = alpha;
            }
        }

        /** Norm of column entries from {@code from} on, as of the start (before the transforms of later steps). */
        private static double norm(double[] v, int from) {
            double scale = 0;
            for (int i = from; i < v.length; i++) {
                scale = Math.max(scale, Math.abs(v[i]));
            }
            if (scale == 0) {
                return 0;
            }
            double s = 0;
            for (int i = from; i < v.length; i++) {
                double t = v[i] / scale;
                s += t * t;
            }
            return scale * Math.sqrt(s);
        }

        int aliased() {
            return aliased;
        }

        /** Least-squares solution for the full-length right-hand side {@code b} (used rows only). */
        double[] solve(double[] b) {
            int count = rows.length;
            double[] qtb = new double[count];
            for (int i = 0; i < count; i++) {
                qtb[i] = b[rows[i]];
            }
            for (int j = 0; j < p; j++) {
                double vnorm2 = 0;
                double dot = 0;
                for (int i = j; i < count; i++) {
                    vnorm2 += a[j][i] * a[j][i];
                    dot += a[j][i] * qtb[i];
                }
                double f = 2 * dot / vnorm2;
                for (int i = j; i < count; i++) {
                    qtb[i] -= f * a[j][i];
                }
            }
            double[] beta = new double[p];
            for (int j = p - 1; j >= 0; j--) {
                double s = qtb[j];
                for (int k = j + 1; k < p; k++) {
                    s -= r(j, k) * beta[k];
                }
                beta[j] = s / diag[j];
            }
            return beta;
        }

        /** R_{jk} for k > j: the transformed column k at row j. */
        private double r(int j, int k) {
            return a[k][j];
        }

        /** (RᵀR)⁻¹ = R⁻¹R⁻ᵀ, row-major. */
        double[] unscaledCovariance() {
            double[][] inverse = new double[p][p];
            for (int c = 0; c < p; c++) {
                for (int j = c; j >= 0; j--) {
                    double s = j == c ? 1 : 0;
                    for (int k = j + 1; k <= c; k++) {
                        s -= r(j, k) * inverse[k][c];
                    }
                    inverse[j][c] = s / diag[j];
                }
            }
            double[] covariance = new double[p * p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    double s = 0;
                    for (int k = Math.max(i, j); k < p; k++) {
                        s += inverse[i][k] * inverse[j][k];
                    }
                    covariance[i * p + j] = s;
                }
            }
            return covariance;
        }
    }
}
