package kg.kozomol.stats;

/** The weighted mean of a numeric variable (R's {@code svymean}). */
public final class Mean {

    private Mean() {
    }

    public static Estimate of(Design design, String variable) {
        return of(design, variable, Options.DEFAULT);
    }

    public static Estimate of(Design design, String variable, Options options) {
        double[] x = design.data().numeric(variable).values();
        Estimation.Result result = Estimation.run(Variables.complete(design, options.missing(), variable),
                new Statistic(x), variable);
        return result.estimate(0, variable, options.level(), result.n());
    }

    /** Σwx / Σw. */
    static final class Statistic implements TotalsStatistic {

        private final double[] x;

        Statistic(double[] x) {
            this.x = x;
        }

        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public void inputs(int row, double[] z) {
            z[0] = x[row];
            z[1] = 1;
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
            // (x − mean)/W: subtracting first, as R does, keeps the digits
            double w = gradient[0][0];
            out[0] = (x[row] - (-gradient[0][1] / w)) * w;
        }
    }
}
