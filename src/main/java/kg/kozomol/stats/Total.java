package kg.kozomol.stats;

/** The estimated population total of a numeric variable (R's {@code svytotal}). */
public final class Total {

    private Total() {
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

    /** Σwx. */
    private record Statistic(double[] x) implements TotalsStatistic {

        @Override
        public int inputs() {
            return 1;
        }

        @Override
        public void inputs(int row, double[] z) {
            z[0] = x[row];
        }

        @Override
        public int outputs() {
            return 1;
        }

        @Override
        public double[] value(double[] totals) {
            return new double[] {totals[0]};
        }

        @Override
        public double[][] gradient(double[] totals) {
            return new double[][] {{1}};
        }
    }
}
