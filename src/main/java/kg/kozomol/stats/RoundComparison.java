package kg.kozomol.stats;

import java.util.OptionalDouble;

/**
 * The change of a mean (or, for a 0/1 variable, a proportion) between two monitoring rounds, with a design-based
 * confidence interval for the difference.
 *
 * <p>Independent rounds (separate samples): {@code after − before} with {@code SE = √(SE₁² + SE₂²)}; R gives the same
 * from {@code svycontrast} on {@code svyby(..., covmat = TRUE)} over one design whose strata are the rounds' own
 * strata. Overlapping rounds (the same PSUs visited twice): both rounds stacked in one design that keeps the PSU,
 * with a round variable; the difference is linearised jointly so the covariance between rounds, which the shared PSUs
 * carry, enters its variance, as {@code svycontrast(svyby(~y, ~round, design, svymean, covmat = TRUE), c(-1, 1))}.
 */
public final class RoundComparison {

    /** Before and after estimates and their difference (after − before). */
    public record Result(Estimate before, Estimate after, Estimate difference, boolean linked) {
    }

    private RoundComparison() {
    }

    public static Result independent(Design before, String beforeVariable, Design after, String afterVariable,
            Options options) {
        Estimate b = Mean.of(before, beforeVariable, options);
        Estimate a = Mean.of(after, afterVariable, options);
        double value = a.estimate() - b.estimate();
        double se = Math.sqrt(b.se() * b.se() + a.se() * a.se());
        return new Result(b, a, difference(value, se, options, b.n() + a.n()), false);
    }

    /**
     * @param combined the rows of both rounds in one design that keeps the shared PSUs (and strata)
     * @param round    the factor telling the rounds apart
     */
    public static Result linked(Design combined, String variable, String round, String beforeLevel,
            String afterLevel, Options options) {
        Design complete = Variables.complete(combined, options.missing(), variable);
        Factor factor = combined.data().factor(round);
        Statistic statistic = new Statistic(combined.data().numeric(variable).values(), factor.codes(),
                factor.code(beforeLevel), factor.code(afterLevel));
        Estimation.Result result = Estimation.run(complete, statistic, variable);
        Estimate b = Mean.of(combined.domain(round, beforeLevel), variable, options);
        Estimate a = Mean.of(combined.domain(round, afterLevel), variable, options);
        return new Result(b, a, difference(result.value()[0], result.se(0), options, result.n()), true);
    }

    private static Estimate difference(double value, double se, Options options, int n) {
        return new Estimate("difference", value, se, Intervals.normal(value, se, options.level()),
                OptionalDouble.empty(), n);
    }

    /** mean(after) − mean(before) from the totals Σwy and Σw of each round. */
    private record Statistic(double[] y, int[] round, int before, int after) implements TotalsStatistic {

        @Override
        public int inputs() {
            return 4;
        }

        @Override
        public void inputs(int row, double[] z) {
            boolean isAfter = round[row] == after;
            boolean isBefore = round[row] == before;
            z[0] = isAfter ? y[row] : 0;
            z[1] = isAfter ? 1 : 0;
            z[2] = isBefore ? y[row] : 0;
            z[3] = isBefore ? 1 : 0;
        }

        @Override
        public int outputs() {
            return 1;
        }

        @Override
        public double[] value(double[] totals) {
            return new double[] {totals[0] / totals[1] - totals[2] / totals[3]};
        }

        @Override
        public double[][] gradient(double[] totals) {
            return new double[][] {{1 / totals[1], -totals[0] / (totals[1] * totals[1]),
                    -1 / totals[3], totals[2] / (totals[3] * totals[3])}};
        }

        @Override
        public void influence(int row, double[] z, double[][] gradient, double[] out) {
            // (y − mean)/W of the row's own round, subtracting first as R does
            double[] g = gradient[0];
            if (round[row] == after) {
                out[0] = (y[row] + g[1] / g[0]) * g[0];
            } else if (round[row] == before) {
                out[0] = (y[row] + g[3] / g[2]) * g[2];
            } else {
                out[0] = 0;
            }
        }
    }
}
