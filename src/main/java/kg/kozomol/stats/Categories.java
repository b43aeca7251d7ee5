package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A categorical variable's proportions or population counts, one estimate per level (R's {@code svymean(~factor)}
 * and {@code svytotal(~factor)}); terms are named as R names them, variable followed by level.
 */
public final class Categories {

    private Categories() {
    }

    public static List<Estimate> proportions(Design design, String variable) {
        return proportions(design, variable, Options.DEFAULT);
    }

    public static List<Estimate> proportions(Design design, String variable, Options options) {
        return estimate(design, variable, options, true);
    }

    public static List<Estimate> totals(Design design, String variable, Options options) {
        return estimate(design, variable, options, false);
    }

    private static List<Estimate> estimate(Design design, String variable, Options options, boolean proportions) {
        Factor factor = design.data().factor(variable);
        Design complete = Variables.completeFactor(design, options.missing(), factor);
        Estimation.Result result = Estimation.run(complete, new Statistic(factor.codes(),
                factor.levels().size(), proportions), variable);
        int[] cases = cases(complete, factor);
        List<Estimate> estimates = new ArrayList<>();
        for (int level = 0; level < factor.levels().size(); level++) {
            estimates.add(result.estimate(level, variable + factor.levels().get(level), options.level(),
                    cases[level]));
        }
        return estimates;
    }

    private static int[] cases(Design design, Factor factor) {
        int[] cases = new int[factor.levels().size()];
        for (int row = 0; row < factor.size(); row++) {
            if (design.includes(row) && design.weights[row] != 0 && factor.codes()[row] >= 0) {
                cases[factor.codes()[row]]++;
            }
        }
        return cases;
    }

    /** Totals of the indicators of each level, divided by the total weight for proportions. */
    static final class Statistic implements TotalsStatistic {

        private final int[] codes;
        private final int levels;
        private final boolean proportions;

        Statistic(int[] codes, int levels, boolean proportions) {
            this.codes = codes;
            this.levels = levels;
            this.proportions = proportions;
        }

        @Override
        public int inputs() {
            return levels + 1;
        }

        @Override
        public void inputs(int row, double[] z) {
            java.util.Arrays.fill(z, 0);
            z[codes[row]] = 1;
            z[levels] = 1;
        }

        @Override
        public int outputs() {
            return levels;
        }

        @Override
        public double[] value(double[] totals) {
            double[] value = new double[levels];
            for (int level = 0; level < levels; level++) {
                value[level] = proportions ? totals[level] / totals[levels] : totals[level];
            }
            return value;
        }

        @Override
        public double[][] gradient(double[] totals) {
            double[][] gradient = new double[levels][levels + 1];
            double w = totals[levels];
            for (int level = 0; level < levels; level++) {
                if (proportions) {
                    gradient[level][level] = 1 / w;
                    gradient[level][levels] = -totals[level] / (w * w);
                } else {
                    gradient[level][level] = 1;
                }
            }
            return gradient;
        }

        @Override
        public void influence(int row, double[] z, double[][] gradient, double[] out) {
            // sparse: one indicator per row
            for (int level = 0; level < levels; level++) {
                out[level] = gradient[level][levels];
            }
            out[codes[row]] += gradient[codes[row]][codes[row]];
        }
    }
}
