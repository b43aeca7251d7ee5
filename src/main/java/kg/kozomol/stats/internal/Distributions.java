package kg.kozomol.stats.internal;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The distribution functions R's survey package calls, to R's accuracy: {@code qnorm} is Wichura's AS 241 as in R;
 * t and beta quantiles start from Commons Math and are polished by Newton steps on the exact distribution function.
 */
public final class Distributions {

    private static final double EPSILON = 1e-15;

    private Distributions() {
    }

    /** The standard normal quantile (R's {@code qnorm(p)}, Wichura 1988, AS 241). */
    public static double qnorm(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double q = p - 0.5;
        double r;
        double val;
        if (Math.abs(q) <= .425) {
            r = .180625 - q * q;
            val = q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.);
            return val;
        }
        r = q < 0 ? p : 1 - p;
        r = Math.sqrt(-Math.log(r));
        if (r <= 5.) {
            r += -1.6;
            val = (((((((r * 7.7454501427834140764e-4 + .0227238449892691845833) * r + .24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + .0151986665636164571966) * r
                    + .14810397642748007459) * r + .68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1.);
        } else {
            r += -5.;
            val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + .0012426609473880784386) * r
                    + .026532189526576123093) * r + .29656057182850489123) * r + 1.7848265399172913358) * r
                    + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
                    + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + .0148753612908506148525) * r
                    + .13692988092273580531) * r + .59983220655588793769) * r + 1.);
        }
        return q < 0.0 ? -val : val;
    }

    /** The t quantile with {@code df} degrees of freedom; the normal one when df is infinite (R's {@code qt}). */
    public static double qt(double p, double df) {
        if (Double.isInfinite(df)) {
            return qnorm(p);
        }
        TDistribution t = new TDistribution(null, df, 1e-12);
        double x = t.inverseCumulativeProbability(p);
        for (int i = 0; i < 8; i++) {
            double step = (pt(x, df) - p) / t.density(x);
            x -= step;
            if (Math.abs(step) <= EPSILON * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return x;
    }

    /** P(T ≤ t) with {@code df} degrees of freedom (R's {@code pt}). */
    public static double pt(double t, double df) {
        if (Double.isInfinite(df)) {
            return new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).cumulativeProbability(t);
        }
        double tail = 0.5 * Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5, 1e-16, Integer.MAX_VALUE);
        return t < 0 ? tail : 1 - tail;
    }

    /** P(F > f) for the F distribution (R's {@code pf(f, d1, d2, lower.tail = FALSE)}). */
    public static double pfUpper(double f, double d1, double d2) {
        if (f <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-16, Integer.MAX_VALUE);
    }

    /** P(χ² > x) with {@code df} degrees of freedom (R's {@code pchisq(x, df, lower.tail = FALSE)}). */
    public static double pchisqUpper(double x, double df) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2, 1e-16, Integer.MAX_VALUE);
    }

    /** The beta quantile (R's {@code qbeta(p, a, b)}), with R's answers 0 and 1 for zero shape parameters. */
    public static double qbeta(double p, double a, double b) {
        if (a == 0 || p == 0) {
            return 0;
        }
        if (b == 0 || p == 1) {
            return 1;
        }
        BetaDistribution beta = new BetaDistribution(null, a, b, 1e-14);
        double x = beta.inverseCumulativeProbability(p);
        for (int i = 0; i < 8; i++) {
            double density = beta.density(x);
            if (!(density > 0) || Double.isInfinite(density)) {
                break;
            }
            double step = (Beta.regularizedBeta(x, a, b, 1e-16, Integer.MAX_VALUE) - p) / density;
            double next = x - step;
            if (next <= 0 || next >= 1) {
                break;
            }
            x = next;
            if (Math.abs(step) <= EPSILON * x) {
                break;
            }
        }
        return x;
    }
}
