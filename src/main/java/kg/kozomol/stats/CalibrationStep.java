package kg.kozomol.stats;

import java.util.List;

/**
 * What post-stratification or raking did to the weights, kept so that variances account for it: R removes the
 * post-stratum means from the scores before the cluster sums ({@code svyrecvar} with {@code postStrata}).
 */
sealed interface CalibrationStep {

    /** Adjusts scores {@code x[j][row]} in place. */
    void adjust(double[][] x);

    /** One post-stratification: rows grouped by {@code group}, weights {@code before} → {@code after}. */
    record PostStratum(int[] group, int groups, double[] after, double[] before) implements CalibrationStep {

        @Override
        public void adjust(double[][] x) {
            double[] psw = after.clone();
            for (int row = 0; row < psw.length; row++) {
                if (psw[row] == 0 && before[row] == 0) {
                    psw[row] = 1;
                }
            }
            double[] oldSum = new double[groups];
            for (int row = 0; row < group.length; row++) {
                oldSum[group[row]] += before[row];
            }
            for (double[] column : x) {
                double[] means = new double[groups];
                for (int row = 0; row < group.length; row++) {
                    means[group[row]] += column[row] * before[row] / psw[row];
                }
                for (int g = 0; g < groups; g++) {
                    means[g] /= oldSum[g];
                }
                for (int row = 0; row < group.length; row++) {
                    column[row] -= means[group[row]] * psw[row];
                }
            }
        }

        /** R's raking variance: the score less its margin's mean of score/weight, times the weight. */
        void center(double[] column) {
            double[] sums = new double[groups];
            int[] counts = new int[groups];
            for (int row = 0; row < group.length; row++) {
                sums[group[row]] += column[row] / after[row];
                counts[group[row]]++;
            }
            for (int row = 0; row < group.length; row++) {
                column[row] -= after[row] * (sums[group[row]] / counts[group[row]]);
            }
        }
    }

    /** Raking: R sweeps the margins ten times over the scores, whatever the number of raking iterations was. */
    record Raking(List<PostStratum> margins) implements CalibrationStep {

        private static final int SWEEPS = 10;

        @Override
        public void adjust(double[][] x) {
            for (double[] column : x) {
                for (int sweep = 0; sweep < SWEEPS; sweep++) {
                    for (PostStratum margin : margins) {
                        margin.center(column);
                    }
                }
            }
        }
    }
}
