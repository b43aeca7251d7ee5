package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A design described by its stages of clusters, strata, weights or selection probabilities and finite population
 * corrections, as R's {@code svydesign}; standard errors by linearisation ({@code svyrecvar}). Build with
 * {@link #of(SurveyData)}; a design is immutable, and domains and calibrated versions are new designs sharing the
 * structure.
 */
public final class SurveyDesign extends Design {

    private final Stages.Structure structure;
    private final List<CalibrationStep> calibration;
    private volatile boolean[] leafPresent;

    private SurveyDesign(SurveyData data, double[] weights, boolean[] included, String domainLabel,
            Stages.Structure structure, List<CalibrationStep> calibration) {
        super(data, weights, included, domainLabel);
        this.structure = structure;
        this.calibration = calibration;
    }

    public static Builder of(SurveyData data) {
        return new Builder(data);
    }

    public LonelyPsu lonelyPsu() {
        return structure.lonely();
    }

    /** The same design with another lonely-PSU rule. */
    public SurveyDesign withLonelyPsu(LonelyPsu lonely) {
        return new SurveyDesign(data, weights, included, domainLabel, structure.with(lonely), calibration);
    }

    /** True after post-stratification or raking. */
    public boolean calibrated() {
        return !calibration.isEmpty();
    }

    @Override
    public SurveyDesign domain(String variable, String level) {
        return (SurveyDesign) super.domain(variable, level);
    }

    @Override
    SurveyDesign restrict(boolean[] keep, String label) {
        return new SurveyDesign(data, weights, and(keep), label, structure, calibration);
    }

    /** The design with new weights from a calibration step (only for the whole sample). */
    SurveyDesign calibrated(double[] newWeights, List<CalibrationStep> steps) {
        return new SurveyDesign(data, newWeights, included, domainLabel, structure, List.copyOf(steps));
    }

    Stages.Structure structure() {
        return structure;
    }

    List<CalibrationStep> calibrationSteps() {
        return calibration;
    }

    /**
     * Rows that still take part in the variance: a domain of an uncalibrated design drops the other rows (R subsets
     * them away), a calibrated design keeps them all with weight zero (R sets their probability to infinity).
     */
    @Override
    boolean present(int row) {
        return calibrated() || includes(row);
    }

    @Override
    Accumulation accumulate(TotalsStatistic statistic) {
        int m = statistic.inputs();
        Accumulation sums = new Accumulation(m);
        int[] leafOfRow = structure.leafOfRow();
        boolean calibrated = calibrated();
        double[] leafSums = calibrated ? null : new double[structure.variance().leaves() * m];
        boolean[] present = calibrated ? leafPresent() : new boolean[structure.variance().leaves()];
        double[] z = new double[m];
        for (int row = 0; row < leafOfRow.length; row++) {
            if (includes(row)) {
                statistic.inputs(row, z);
                double w = weights[row];
                sums.add(w, z);
                if (!calibrated) {
                    int leaf = leafOfRow[row];
                    present[leaf] = true;
                    int base = leaf * m;
                    for (int j = 0; j < m; j++) {
                        leafSums[base + j] += w * z[j];
                    }
                }
            }
        }
        sums.leafSums = leafSums;
        sums.leafPresent = present;
        return sums;
    }

    /**
     * Linearisation: the scores w·(∂value/∂T)·z summed within leaves are the gradient times the leaves' totals, so no
     * second pass over the rows is needed, except after calibration, where scores are adjusted row by row.
     */
    @Override
    double[] covariance(TotalsStatistic statistic, Accumulation sums, double[] estimate, double[][] gradient) {
        int k = gradient.length;
        if (calibrated()) {
            return covariance(rowScores(statistic, gradient));
        }
        int m = sums.m;
        int leaves = structure.variance().leaves();
        double[] leafScores = new double[leaves * k];
        for (int leaf = 0; leaf < leaves; leaf++) {
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += gradient[i][j] * sums.leafSums[leaf * m + j];
                }
                leafScores[leaf * k + i] = s;
            }
        }
        return structure.variance().covariance(leafScores, k, sums.leafPresent, structure.lonely());
    }

    private RowScores rowScores(TotalsStatistic statistic, double[][] gradient) {
        int k = gradient.length;
        double[] z = new double[statistic.inputs()];
        return new RowScores() {
            @Override
            public int dim() {
                return k;
            }

            @Override
            public void scores(int row, double[] out) {
                statistic.influence(row, z, gradient, out);
                double w = weights[row];
                for (int i = 0; i < k; i++) {
                    out[i] *= w;
                }
            }
        };
    }

    /** The p×p covariance of the totals of {@code scores} over the rows of the domain (R's {@code svyrecvar}). */
    double[] covariance(RowScores scores) {
        int p = scores.dim();
        int[] leafOfRow = structure.leafOfRow();
        double[] leafTotals = new double[structure.variance().leaves() * p];
        int rows = data.rows();
        if (calibration.isEmpty()) {
            double[] out = new double[p];
            for (int row = 0; row < rows; row++) {
                if (includes(row)) {
                    scores.scores(row, out);
                    int base = leafOfRow[row] * p;
                    for (int j = 0; j < p; j++) {
                        leafTotals[base + j] += out[j];
                    }
                }
            }
        } else {
            double[][] x = new double[p][rows];
            double[] out = new double[p];
            for (int row = 0; row < rows; row++) {
                if (includes(row)) {
                    scores.scores(row, out);
                    for (int j = 0; j < p; j++) {
                        x[j][row] = out[j];
                    }
                }
            }
            for (CalibrationStep step : calibration) {
                step.adjust(x);
            }
            for (int row = 0; row < rows; row++) {
                int base = leafOfRow[row] * p;
                for (int j = 0; j < p; j++) {
                    leafTotals[base + j] += x[j][row];
                }
            }
        }
        return structure.variance().covariance(leafTotals, p, leafPresent(), structure.lonely());
    }

    private boolean[] leafPresent() {
        boolean[] present = leafPresent;
        if (present == null) {
            present = new boolean[structure.variance().leaves()];
            int[] leafOfRow = structure.leafOfRow();
            for (int row = 0; row < leafOfRow.length; row++) {
                if (present(row)) {
                    present[leafOfRow[row]] = true;
                }
            }
            leafPresent = present;
        }
        return present;
    }

    /** PSUs minus strata among the rows with a non-zero weight in the domain (R's {@code degf}). */
    @Override
    public int degreesOfFreedom() {
        return psusMinusStrata(false);
    }

    @Override
    int sampleRows() {
        return calibrated() ? data.rows() : size();
    }

    @Override
    int chisqDegreesOfFreedom() {
        return psusMinusStrata(true);
    }

    private int psusMinusStrata(boolean allPresentRows) {
        int[] psu = structure.psuOfRow();
        int[] stratum = structure.stratumOfRow();
        boolean[] seenPsu = new boolean[psu.length == 0 ? 0 : max(psu) + 1];
        boolean[] seenStratum = new boolean[stratum.length == 0 ? 0 : max(stratum) + 1];
        int psus = 0;
        int strata = 0;
        for (int row = 0; row < psu.length; row++) {
            boolean counted = allPresentRows ? present(row) : includes(row) && weights[row] != 0;
            if (counted) {
                if (!seenPsu[psu[row]]) {
                    seenPsu[psu[row]] = true;
                    psus++;
                }
                if (!seenStratum[stratum[row]]) {
                    seenStratum[stratum[row]] = true;
                    strata++;
                }
            }
        }
        return psus - strata;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** Describes a design variable by variable; {@link #build()} checks them and numbers clusters and strata. */
    public static final class Builder {

        private final SurveyData data;
        private final List<String> clusters = new ArrayList<>();
        private final List<String> strata = new ArrayList<>();
        private final List<String> fpc = new ArrayList<>();
        private String weights;
        private String probabilities;
        private boolean nest;
        private LonelyPsu lonely = LonelyPsu.FAIL;

        private Builder(SurveyData data) {
            this.data = Objects.requireNonNull(data);
        }

        /** Cluster ids, one variable per stage (R's {@code ids = ~psu + ssu}); none means every row is a PSU. */
        public Builder clusters(String... variables) {
            clusters.addAll(List.of(variables));
            return this;
        }

        /** Strata of the first stage, and optionally of later stages (R's {@code strata = ~...}). */
        public Builder strata(String... variables) {
            strata.addAll(List.of(variables));
            return this;
        }

        public Builder weights(String variable) {
            weights = variable;
            return this;
        }

        /** Selection probabilities; the weights are their inverses. */
        public Builder probabilities(String variable) {
            probabilities = variable;
            return this;
        }

        /**
         * Population sizes (all values ≥ 1) or sampling fractions (all ≤ 1), one variable per stage. With them the
         * later stages add their variance, as R does when {@code fpc} covers every stage.
         */
        public Builder fpc(String... variables) {
            fpc.addAll(List.of(variables));
            return this;
        }

        /** PSU ids are numbered within strata, so the same id in two strata means two PSUs. */
        public Builder nest(boolean value) {
            nest = value;
            return this;
        }

        public Builder lonelyPsu(LonelyPsu value) {
            lonely = Objects.requireNonNull(value);
            return this;
        }

        public SurveyDesign build() {
            if (weights != null && probabilities != null) {
                throw new IllegalArgumentException("give weights or probabilities, not both");
            }
            Stages.Built built = Stages.build(data, clusters, strata, weights, probabilities, fpc, nest, lonely);
            return new SurveyDesign(data, built.weights(), null, "", built.structure(), List.of());
        }
    }
}
