package kg.kozomol.stats;

/** The ratio of two population totals, Σwy / Σwx (R's {@code svyratio}). */
public final class Ratio {

    private Ratio() {
    }

    public static Estimate of(Design design, String numerator, String denominator) {
        return of(design, numerator, denominator, Options.DEFAULT);
    }

    public static Estimate of(Design design, String numerator, String denominator, Options options) {
        double[] y = design.data().numeric(numerator).values();
        double[] x = design.data().numeric(denominator).values();
        Design complete = Variables.complete(design, options.missing(), numerator, denominator);
        Estimation.Result result = Estimation.run(complete, new Statistic(y, x), numerator + "/" + denominator);
        return result.estimate(0, numerator + "/" + denominator, options.level(), result.n());
    }

    private record Statistic(double[] y, double[] x) implements TotalsStatistic {

        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public void inputs(int row, double[] z) {
            z[0] = y[row];
            z[1] = x[row];
        }

        @Override
        public int outputs() {
            return 1;
        }

        @Override
        public double[] value(double[] totals) {
            return new double[] {totals[0] / totals[1]};
        }

        @Override
        public double[][] gradient(double[] totals) {
            return new double[][] {{1 / totals[1], -totals[0] / (totals[1] * totals[1])}};
        }

        @Override
        public void influence(int row, double[] z, double[][] gradient, double[] out) {
            // (y − R·x)/X, as R forms it
            double ratio = -gradient[0][1] / gradient[0][0];
            out[0] = (y[row] - ratio * x[row]) * gradient[0][0];
        }
    }
}
