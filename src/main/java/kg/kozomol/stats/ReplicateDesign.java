package kg.kozomol.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kg.kozomol.stats.internal.ReplicateVariance;

/**
 * A design given by replicate weights (jackknife, bootstrap, balanced repeated replication), as R's
 * {@code svrepdesign}: every statistic is recomputed with each replicate's weights and its variance is
 * {@code scale · Σ rscale_r (θ_r − θ̄)²}. The replicate weights are the analysis weights (sampling weight already
 * multiplied in, R's {@code weights(design, "analysis")}).
 */
public final class ReplicateDesign extends Design {

    /** The replication method; it fixes the default {@code scale} as R's {@code svrepdesign} does. */
    public enum Type {
        /** Delete-one-PSU jackknife: scale (R−1)/R. */
        JK1,
        /** Bootstrap: scale 1/(R−1). */
        BOOTSTRAP,
        /** Balanced repeated replication: scale 1/R. */
        BRR,
        /** Scale and rscales as given (default 1). */
        OTHER
    }

    private final double[] replicates;
    private final int count;
    private final double scale;
    private final double[] rscales;
    private final boolean mse;
    private volatile Integer degreesOfFreedom;

    private ReplicateDesign(SurveyData data, double[] weights, boolean[] included, String domainLabel,
            double[] replicates, int count, double scale, double[] rscales, boolean mse) {
        super(data, weights, included, domainLabel);
        this.replicates = replicates;
        this.count = count;
        this.scale = scale;
        this.rscales = rscales;
        this.mse = mse;
    }

    public static Builder of(SurveyData data) {
        return new Builder(data);
    }

    /**
     * Delete-one-PSU jackknife replicates of an unstratified design, as R's {@code as.svrepdesign(design, "JK1")}:
     * replicate r drops PSU r (in order of first appearance) and weighs the others by n/(n−1); the first stage's
     * finite population correction goes into the scale.
     */
    public static ReplicateDesign jackknife(SurveyDesign design) {
        Stages.Structure structure = design.structure();
        if (structure.variance().firstStageStrata() != 1) {
            throw new SurveyException(Problem.REPLICATE_DESIGN_INVALID, "strata");
        }
        int[] psu = structure.psuOfRow();
        int n = 0;
        for (int p : psu) {
            n = Math.max(n, p + 1);
        }
        int rows = psu.length;
        double[] flat = new double[rows * n];
        double factor = n / (n - 1.0);
        for (int row = 0; row < rows; row++) {
            for (int r = 0; r < n; r++) {
                flat[row * n + r] = psu[row] == r ? 0 : factor * design.weights[row];
            }
        }
        double[] rscales = new double[n];
        Arrays.fill(rscales, 1.0);
        double scale = structure.variance().firstStageFpc(0) * (n - 1) / n;
        return new ReplicateDesign(design.data, design.weights, null, "", flat, n, scale, rscales, false);
    }

    public int replicateCount() {
        return count;
    }

    public double scale() {
        return scale;
    }

    @Override
    public ReplicateDesign domain(String variable, String level) {
        return (ReplicateDesign) super.domain(variable, level);
    }

    @Override
    ReplicateDesign restrict(boolean[] keep, String label) {
        return new ReplicateDesign(data, weights, and(keep), label, replicates, count, scale, rscales, mse);
    }

    /** The analysis weight of {@code row} in replicate {@code r}. */
    double replicateWeight(int row, int r) {
        return replicates[row * count + r];
    }

    @Override
    Accumulation accumulate(TotalsStatistic statistic) {
        int m = statistic.inputs();
        Accumulation sums = new Accumulation(m);
        double[][] totals = new double[count][m];
        double[] z = new double[m];
        for (int row = 0; row < data.rows(); row++) {
            if (includes(row)) {
                statistic.inputs(row, z);
                sums.add(weights[row], z);
                int base = row * count;
                for (int r = 0; r < count; r++) {
                    double w = replicates[base + r];
                    if (w != 0) {
                        double[] t = totals[r];
                        for (int j = 0; j < m; j++) {
                            t[j] += w * z[j];
                        }
                    }
                }
            }
        }
        sums.replicateTotals = totals;
        return sums;
    }

    @Override
    double[] covariance(TotalsStatistic statistic, Accumulation sums, double[] estimate, double[][] gradient) {
        double[][] thetas = new double[count][];
        for (int r = 0; r < count; r++) {
            thetas[r] = statistic.value(sums.replicateTotals[r]);
        }
        return replicateCovariance(thetas, estimate);
    }

    /** svrVar over replicate estimates {@code thetas[r]}. */
    double[] replicateCovariance(double[][] thetas, double[] estimate) {
        double[] v = ReplicateVariance.covariance(thetas, scale, rscales, mse, estimate);
        if (v == null) {
            throw new SurveyException(Problem.REPLICATE_DESIGN_INVALID, "replicates");
        }
        return v;
    }

    /** R's {@code degf}: the rank of the replicate weights of the domain's rows, minus one. */
    @Override
    public int degreesOfFreedom() {
        Integer df = degreesOfFreedom;
        if (df == null) {
            int rows = size();
            double[][] columns = new double[count][rows];
            int i = 0;
            for (int row = 0; row < data.rows(); row++) {
                if (includes(row)) {
                    for (int r = 0; r < count; r++) {
                        columns[r][i] = replicates[row * count + r];
                    }
                    i++;
                }
            }
            df = ReplicateVariance.rank(columns, 1e-5) - 1;
            degreesOfFreedom = df;
        }
        return df;
    }

    @Override
    boolean present(int row) {
        return includes(row);
    }

    @Override
    int sampleRows() {
        return size();
    }

    @Override
    int chisqDegreesOfFreedom() {
        return degreesOfFreedom();
    }

    /** Sampling weights, replicate weights and the variance constants. */
    public static final class Builder {

        private final SurveyData data;
        private String weights;
        private double[][] byReplicate;
        private List<String> columns;
        private Type type = Type.OTHER;
        private Double scale;
        private double[] rscales;
        private boolean mse;

        private Builder(SurveyData data) {
            this.data = Objects.requireNonNull(data);
        }

        /** The full-sample weights; without them every row weighs 1, as in R. */
        public Builder weights(String variable) {
            weights = variable;
            return this;
        }

        /** Replicate analysis weights as arrays, {@code weights[r][row]}. */
        public Builder replicates(double[][] weights) {
            byReplicate = weights;
            return this;
        }

        /** Replicate analysis weights in columns of the data. */
        public Builder replicates(List<String> variables) {
            columns = List.copyOf(variables);
            return this;
        }

        public Builder type(Type value) {
            type = Objects.requireNonNull(value);
            return this;
        }

        public Builder scale(double value) {
            scale = value;
            return this;
        }

        public Builder rscales(double... values) {
            rscales = values.clone();
            return this;
        }

        /** Centre replicate estimates on the full-sample estimate (R's {@code mse = TRUE}). */
        public Builder mse(boolean value) {
            mse = value;
            return this;
        }

        public ReplicateDesign build() {
            int rows = data.rows();
            double[][] reps = byReplicate;
            if (reps == null && columns != null) {
                reps = new double[columns.size()][];
                for (int r = 0; r < reps.length; r++) {
                    reps[r] = data.numeric(columns.get(r)).values();
                }
            }
            if (reps == null || reps.length == 0) {
                throw new SurveyException(Problem.REPLICATE_DESIGN_INVALID, "replicates");
            }
            int count = reps.length;
            double[] flat = new double[rows * count];
            for (int r = 0; r < count; r++) {
                if (reps[r].length != rows) {
                    throw new SurveyException(Problem.REPLICATE_DESIGN_INVALID, "rows");
                }
                for (int row = 0; row < rows; row++) {
                    double w = reps[r][row];
                    if (!(w >= 0) || Double.isInfinite(w)) {
                        throw new SurveyException(Problem.REPLICATE_WEIGHT_INVALID, r + 1, row + 1);
                    }
                    flat[row * count + r] = w;
                }
            }
            double[] sampling = new double[rows];
            if (weights == null) {
                Arrays.fill(sampling, 1.0);
            } else {
                double[] values = data.numeric(weights).values();
                for (int row = 0; row < rows; row++) {
                    if (Double.isNaN(values[row])) {
                        throw new SurveyException(Problem.WEIGHT_MISSING, weights, row + 1);
                    }
                    if (!(values[row] > 0) || Double.isInfinite(values[row])) {
                        throw new SurveyException(Problem.WEIGHT_NOT_POSITIVE, weights, row + 1, values[row]);
                    }
                    sampling[row] = values[row];
                }
            }
            double[] r = rscales;
            if (r == null) {
                r = new double[count];
                Arrays.fill(r, 1.0);
            } else if (r.length != count) {
                throw new SurveyException(Problem.REPLICATE_DESIGN_INVALID, "rscales");
            }
            double s = scale != null ? scale : switch (type) {
                case JK1 -> (count - 1.0) / count;
                case BOOTSTRAP -> 1.0 / (count - 1);
                case BRR -> 1.0 / count;
                case OTHER -> 1.0;
            };
            return new ReplicateDesign(data, sampling, null, "", flat, count, s, r, mse);
        }
    }
}
