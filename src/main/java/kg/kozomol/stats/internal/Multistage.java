package kg.kozomol.stats.internal;

import java.util.function.IntFunction;
import kg.kozomol.stats.LonelyPsu;
import kg.kozomol.stats.Problem;
import kg.kozomol.stats.SurveyException;

/**
 * The design-based covariance of estimated totals, as R survey's {@code svyrecvar}: between-PSU variance within
 * strata at the first stage and, when every stage has a population size, the variance of later stages within the
 * units above them, weighted by the sampling fractions of those units ({@code multistage}/{@code onestage}/
 * {@code onestrat} in R). Works on totals already summed to the smallest clusters ("leaves"), so its cost does not
 * grow with the number of rows.
 */
public final class Multistage {

    /**
     * One stage. Clusters and strata are numbered from 0; a stratum of a later stage lies inside one cluster of the
     * stage above, its {@code group}.
     *
     * @param clusterOfLeaf  the stage's cluster holding each leaf
     * @param stratumOfCluster the stratum of each cluster
     * @param psus           the number of clusters sampled in each stratum (R's {@code fpc$sampsize})
     * @param fpc            {@code (N - n) / N} per stratum, 1 without a population size
     * @param fraction       {@code n / N} per stratum: how much of the variance below this stage survives
     * @param groupOfStratum the cluster of the stage above holding each stratum (0 at the first stage)
     * @param label          the name of a stratum, for messages
     */
    public record Stage(int[] clusterOfLeaf, int[] stratumOfCluster, int[] psus, double[] fpc, double[] fraction,
            int[] groupOfStratum, IntFunction<String> label) {

        int clusters() {
            return stratumOfCluster.length;
        }

        int strata() {
            return psus.length;
        }
    }

    private static final double SELF_REPRESENTING = 1e-7;

    private final Stage[] stages;
    private final int leaves;

    public Multistage(Stage[] stages, int leaves) {
        this.stages = stages;
        this.leaves = leaves;
    }

    public int leaves() {
        return leaves;
    }

    /** How many strata the first stage has. */
    public int firstStageStrata() {
        return stages[0].strata();
    }

    /** {@code (N − n)/N} of a first-stage stratum, 1 without a population size. */
    public double firstStageFpc(int stratum) {
        return stages[0].fpc[stratum];
    }

    /**
     * The p×p covariance (row-major) of the totals whose per-leaf sums are {@code leafTotals} (leaf-major, p per
     * leaf). Leaves not {@code present} in the (sub)sample are left out as R leaves out rows of a subset, while the
     * number of PSUs per stratum stays that of the whole design.
     */
    public double[] covariance(double[] leafTotals, int p, boolean[] present, LonelyPsu lonely) {
        double[] result = new double[p * p];
        double[] groupMultiplier = {1.0};
        for (int k = 0; k < stages.length; k++) {
            Stage stage = stages[k];
            double[] clusterTotals = new double[stage.clusters() * p];
            boolean[] clusterPresent = new boolean[stage.clusters()];
            for (int leaf = 0; leaf < leaves; leaf++) {
                if (present[leaf]) {
                    int c = stage.clusterOfLeaf[leaf];
                    clusterPresent[c] = true;
                    for (int j = 0; j < p; j++) {
                        clusterTotals[c * p + j] += leafTotals[leaf * p + j];
                    }
                }
            }
            addStage(stage, k, clusterTotals, clusterPresent, p, lonely, groupMultiplier, result);
            if (k + 1 < stages.length) {
                groupMultiplier = multipliers(stage, groupMultiplier);
            }
        }
        return result;
    }

    /** For each cluster of this stage, the factor that the variance of the stages below it is multiplied by. */
    private static double[] multipliers(Stage stage, double[] groupMultiplier) {
        double[] next = new double[stage.clusters()];
        for (int c = 0; c < next.length; c++) {
            int s = stage.stratumOfCluster[c];
            next[c] = groupMultiplier[stage.groupOfStratum[s]] * stage.fraction[s];
        }
        return next;
    }

    private static void addStage(Stage stage, int k, double[] x, boolean[] clusterPresent, int p, LonelyPsu lonely,
            double[] groupMultiplier, double[] result) {
        int strata = stage.strata();
        int[] sampled = new int[strata];
        double[] mean = new double[strata * p];
        for (int c = 0; c < clusterPresent.length; c++) {
            if (clusterPresent[c]) {
                int s = stage.stratumOfCluster[c];
                sampled[s]++;
                for (int j = 0; j < p; j++) {
                    mean[s * p + j] += x[c * p + j];
                }
            }
        }
        int groups = groupMultiplier.length;
        double[] groupSum = new double[groups * p * p];
        int[] groupStrata = new int[groups];
        int[] groupCounted = new int[groups];
        boolean[] centred = new boolean[strata];
        double[] scale = new double[strata];
        for (int s = 0; s < strata; s++) {
            if (sampled[s] == 0) {
                continue;
            }
            int g = stage.groupOfStratum[s];
            groupStrata[g]++;
            int n = stage.psus[s];
            double f = stage.fpc[s];
            if (f < SELF_REPRESENTING) {
                groupCounted[g]++;
                continue;
            }
            if (n > 1) {
                groupCounted[g]++;
                centred[s] = true;
                scale[s] = f * n / (n - 1);
                for (int j = 0; j < p; j++) {
                    mean[s * p + j] /= n;
                }
                // PSUs of the design absent from a subset count as zeros (R pads them in onestrat).
                addOuter(groupSum, g, p, mean, s * p, scale[s] * (n - sampled[s]));
                continue;
            }
            switch (lonely) {
                case FAIL -> throw new SurveyException(Problem.LONELY_PSU, stage.label.apply(s), k + 1);
                case REMOVE, CERTAINTY -> groupCounted[g]++;
                case ADJUST -> {
                    groupCounted[g]++;
                    addOuter(groupSum, g, p, mean, s * p, f);
                }
                case AVERAGE -> {
                    // left out; the other strata of the group are scaled up below
                }
            }
        }
        double[] d = new double[p];
        for (int c = 0; c < clusterPresent.length; c++) {
            int s = stage.stratumOfCluster[c];
            if (clusterPresent[c] && centred[s]) {
                for (int j = 0; j < p; j++) {
                    d[j] = x[c * p + j] - mean[s * p + j];
                }
                addOuter(groupSum, stage.groupOfStratum[s], p, d, 0, scale[s]);
            }
        }
        for (int g = 0; g < groups; g++) {
            if (groupStrata[g] == 0) {
                continue;
            }
            if (groupCounted[g] == 0) {
                throw new SurveyException(Problem.LONELY_PSU_NOTHING_TO_AVERAGE, k + 1);
            }
            double factor = groupMultiplier[g] * groupStrata[g] / groupCounted[g];
            for (int i = 0; i < p * p; i++) {
                result[i] += groupSum[g * p * p + i] * factor;
            }
        }
    }

    private static void addOuter(double[] target, int g, int p, double[] v, int offset, double weight) {
        if (weight == 0) {
            return;
        }
        int base = g * p * p;
        for (int i = 0; i < p; i++) {
            double vi = v[offset + i] * weight;
            for (int j = 0; j < p; j++) {
                target[base + i * p + j] += vi * v[offset + j];
            }
        }
    }
}
