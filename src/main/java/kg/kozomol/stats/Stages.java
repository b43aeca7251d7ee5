package kg.kozomol.stats;

import java.util.List;
import kg.kozomol.stats.internal.LongIndex;
import kg.kozomol.stats.internal.Multistage;

/**
 * Turns the design variables into numbered clusters and strata per stage, as R's {@code svydesign}: later-stage
 * clusters are nested in the clusters above them, later-stage strata are strata within a cluster, {@code nest}
 * makes PSU ids unique within strata, and population sizes (or sampling fractions) give the finite population
 * corrections and, when no weights are given, the sampling probabilities.
 */
final class Stages {

    /** The parts of a design that all its domains share. */
    record Structure(Multistage variance, int[] leafOfRow, int[] psuOfRow, int[] stratumOfRow, LonelyPsu lonely) {

        Structure with(LonelyPsu other) {
            return new Structure(variance, leafOfRow, psuOfRow, stratumOfRow, other);
        }
    }

    record Built(Structure structure, double[] weights) {
    }

    private final SurveyData data;
    private final List<String> clusterVars;
    private final List<String> strataVars;
    private final List<String> fpcVars;
    private final boolean nest;
    private final int rows;
    private final int stages;
    private final Factor[] ids;
    private final Factor[] strata;
    private final int[][] clusterOfRow;
    private final int[][] stratumOfRow;
    private final int[][] stratumOfCluster;
    private final int[][] parentOfStratum;
    private final int[][] rowOfStratum;
    private final int[][] psus;

    private Stages(SurveyData data, List<String> clusterVars, List<String> strataVars, List<String> fpcVars,
            boolean nest) {
        this.data = data;
        this.clusterVars = clusterVars;
        this.strataVars = strataVars;
        this.fpcVars = fpcVars;
        this.nest = nest;
        this.rows = data.rows();
        this.stages = Math.max(1, clusterVars.size());
        this.ids = new Factor[clusterVars.size()];
        this.strata = new Factor[strataVars.size()];
        this.clusterOfRow = new int[stages][];
        this.stratumOfRow = new int[stages][];
        this.stratumOfCluster = new int[stages][];
        this.parentOfStratum = new int[stages][];
        this.rowOfStratum = new int[stages][];
        this.psus = new int[stages][];
        if (!fpcVars.isEmpty() && fpcVars.size() != stages) {
            throw new IllegalArgumentException("give one fpc variable per stage: " + stages + " stages, fpc " + fpcVars);
        }
        if (strataVars.size() > stages) {
            throw new IllegalArgumentException("more strata variables than stages: " + strataVars);
        }
    }

    static Built build(SurveyData data, List<String> clusterVars, List<String> strataVars, String weightVar,
            String probabilityVar, List<String> fpcVars, boolean nest, LonelyPsu lonely) {
        return new Stages(data, clusterVars, strataVars, fpcVars, nest).build(weightVar, probabilityVar, lonely);
    }

    private Built build(String weightVar, String probabilityVar, LonelyPsu lonely) {
        for (int k = 0; k < ids.length; k++) {
            ids[k] = complete(clusterVars.get(k));
        }
        for (int k = 0; k < strata.length; k++) {
            strata[k] = complete(strataVars.get(k));
        }
        if (distinctFirstStageIds() == 1 && !(nest && strata.length > 0)) {
            throw new SurveyException(Problem.SINGLE_PSU);
        }
        for (int k = 0; k < stages; k++) {
            numberStage(k);
        }
        double[][] popsize = populationSizes();
        double[] weights = weights(weightVar, probabilityVar, popsize);
        int effective = fpcVars.isEmpty() ? 1 : stages;
        int[] leafOfRow = clusterOfRow[effective - 1];
        int leaves = stratumOfCluster[effective - 1].length;
        Multistage.Stage[] parts = new Multistage.Stage[effective];
        for (int k = 0; k < effective; k++) {
            parts[k] = stage(k, leafOfRow, leaves, popsize == null ? null : popsize[k]);
        }
        Structure structure = new Structure(new Multistage(parts, leaves), leafOfRow, clusterOfRow[0],
                stratumOfRow[0], lonely);
        return new Built(structure, weights);
    }

    private Factor complete(String variable) {
        Factor factor = data.factor(variable);
        int[] codes = factor.codes();
        for (int row = 0; row < codes.length; row++) {
            if (codes[row] < 0) {
                throw new SurveyException(Problem.DESIGN_VALUE_MISSING, variable, row + 1);
            }
        }
        return factor;
    }

    private int distinctFirstStageIds() {
        if (ids.length == 0) {
            return rows;
        }
        boolean[] seen = new boolean[ids[0].levels().size()];
        int distinct = 0;
        for (int code : ids[0].codes()) {
            if (!seen[code]) {
                seen[code] = true;
                distinct++;
            }
        }
        return distinct;
    }

    private int id(int k, int row) {
        return ids.length == 0 ? row : ids[k].codes()[row];
    }

    /** The stratum variable of stage k: the last one given applies to later stages too, as in R. */
    private Factor strataAt(int k) {
        return strata.length == 0 ? null : strata[Math.min(k, strata.length - 1)];
    }

    private void numberStage(int k) {
        LongIndex parents = new LongIndex();
        LongIndex clusters = new LongIndex();
        LongIndex strataIndex = new LongIndex();
        int[] cluster = new int[rows];
        int[] stratum = new int[rows];
        Factor stratumFactor = strataAt(k);
        boolean nestHere = nest && k < strata.length;
        for (int row = 0; row < rows; row++) {
            int parent = k == 0 ? 0 : clusterOfRow[k - 1][row];
            int nestedIn = nestHere ? strata[k].codes()[row] : 0;
            // the common cases need no table: the first stage's parent is the stratum (or nothing), and without
            // nest a later stage's parent is the cluster above
            int withStratum = k == 0 ? nestedIn : nestHere ? parents.index(pair(parent, nestedIn)) : parent;
            cluster[row] = clusters.index(pair(withStratum, id(k, row)));
            int stratumValue = stratumFactor == null ? 0 : stratumFactor.codes()[row];
            stratum[row] = k == 0 ? stratumValue : strataIndex.index(pair(stratumValue, parent));
        }
        int strataCount = k == 0 ? (stratumFactor == null ? 1 : stratumFactor.levels().size()) : strataIndex.size();
        clusterOfRow[k] = cluster;
        stratumOfRow[k] = stratum;
        int[] ofCluster = new int[clusters.size()];
        java.util.Arrays.fill(ofCluster, -1);
        int[] parent = new int[strataCount];
        int[] representative = new int[strataCount];
        int[] count = new int[strataCount];
        for (int row = 0; row < rows; row++) {
            int c = cluster[row];
            int s = stratum[row];
            if (ofCluster[c] < 0) {
                ofCluster[c] = s;
                count[s]++;
                parent[s] = k == 0 ? 0 : clusterOfRow[k - 1][row];
                representative[s] = row;
            } else if (ofCluster[c] != s) {
                String variable = ids.length == 0 ? "1" : clusterVars.get(k);
                String label = ids.length == 0 ? Integer.toString(row + 1) : ids[k].levels().get(id(k, row));
                throw new SurveyException(Problem.CLUSTERS_NOT_NESTED, variable, label);
            }
        }
        stratumOfCluster[k] = ofCluster;
        parentOfStratum[k] = parent;
        rowOfStratum[k] = representative;
        psus[k] = count;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /** Population size per stratum and stage (Infinity when only a zero sampling fraction was given). */
    private double[][] populationSizes() {
        if (fpcVars.isEmpty()) {
            return null;
        }
        NumericColumn[] fpc = new NumericColumn[stages];
        boolean anyAboveOne = false;
        boolean allAtLeastOne = true;
        for (int k = 0; k < stages; k++) {
            fpc[k] = data.numeric(fpcVars.get(k));
            double[] values = fpc[k].values();
            for (int row = 0; row < rows; row++) {
                if (Double.isNaN(values[row])) {
                    throw new SurveyException(Problem.DESIGN_VALUE_MISSING, fpcVars.get(k), row + 1);
                }
                anyAboveOne |= values[row] > 1;
                allAtLeastOne &= values[row] >= 1;
            }
        }
        if (anyAboveOne != allAtLeastOne) {
            throw new SurveyException(Problem.FPC_MIXED, String.join(", ", fpcVars));
        }
        double[][] popsize = new double[stages][];
        for (int k = 0; k < stages; k++) {
            double[] values = fpc[k].values();
            double[] size = new double[psus[k].length];
            java.util.Arrays.fill(size, Double.NaN);
            for (int row = 0; row < rows; row++) {
                int s = stratumOfRow[k][row];
                double value = anyAboveOne ? values[row] : psus[k][s] / values[row];
                if (Double.isNaN(size[s])) {
                    size[s] = value;
                } else if (size[s] != value) {
                    throw new SurveyException(Problem.FPC_VARIES, stratumLabel(k, s), k + 1);
                }
            }
            for (int s = 0; s < size.length; s++) {
                if (size[s] < psus[k][s]) {
                    throw new SurveyException(Problem.FPC_TOO_SMALL, stratumLabel(k, s), k + 1);
                }
            }
            popsize[k] = size;
        }
        return popsize;
    }

    /** Sampling weights as R keeps them: {@code 1/prob}, so a weight w is stored as {@code 1/(1/w)}. */
    private double[] weights(String weightVar, String probabilityVar, double[][] popsize) {
        double[] weights = new double[rows];
        if (weightVar != null) {
            double[] values = data.numeric(weightVar).values();
            for (int row = 0; row < rows; row++) {
                double w = values[row];
                if (Double.isNaN(w)) {
                    throw new SurveyException(Problem.WEIGHT_MISSING, weightVar, row + 1);
                }
                if (!(w > 0) || Double.isInfinite(w)) {
                    throw new SurveyException(Problem.WEIGHT_NOT_POSITIVE, weightVar, row + 1, w);
                }
                weights[row] = 1 / (1 / w);
            }
        } else if (probabilityVar != null) {
            double[] values = data.numeric(probabilityVar).values();
            for (int row = 0; row < rows; row++) {
                double p = values[row];
                if (!(p > 0 && p <= 1)) {
                    throw new SurveyException(Problem.PROBABILITY_INVALID, probabilityVar, row + 1, p);
                }
                weights[row] = 1 / p;
            }
        } else if (popsize != null) {
            for (int row = 0; row < rows; row++) {
                double p = 1;
                for (int k = 0; k < stages; k++) {
                    int s = stratumOfRow[k][row];
                    p *= 1 / (popsize[k][s] / psus[k][s]);
                }
                if (!(p > 0)) {
                    throw new SurveyException(Problem.PROBABILITY_INVALID, String.join(", ", fpcVars), row + 1, p);
                }
                weights[row] = 1 / p;
            }
        } else {
            java.util.Arrays.fill(weights, 1.0);
        }
        return weights;
    }

    private Multistage.Stage stage(int k, int[] leafOfRow, int leaves, double[] popsize) {
        int[] clusterOfLeaf = new int[leaves];
        for (int row = 0; row < rows; row++) {
            clusterOfLeaf[leafOfRow[row]] = clusterOfRow[k][row];
        }
        int strataCount = psus[k].length;
        double[] fpc = new double[strataCount];
        double[] fraction = new double[strataCount];
        for (int s = 0; s < strataCount; s++) {
            double size = popsize == null ? Double.POSITIVE_INFINITY : popsize[s];
            fpc[s] = size == Double.POSITIVE_INFINITY ? 1 : (size - psus[k][s]) / size;
            fraction[s] = psus[k][s] / size;
        }
        return new Multistage.Stage(clusterOfLeaf, stratumOfCluster[k], psus[k], fpc, fraction, parentOfStratum[k],
                s -> stratumLabel(k, s));
    }

    /** R's name for a stratum: its value at the first stage, "value.cluster" within a cluster at later stages. */
    private String stratumLabel(int k, int s) {
        int row = rowOfStratum[k][s];
        Factor factor = strataAt(k);
        String value = factor == null ? "1" : factor.levels().get(factor.codes()[row]);
        return k == 0 ? value : value + "." + clusterLabel(k - 1, row);
    }

    private String clusterLabel(int k, int row) {
        String id = ids.length == 0 ? Integer.toString(row + 1) : ids[k].levels().get(id(k, row));
        String above = k > 0 ? clusterLabel(k - 1, row) + "."
                : nest && strata.length > 0 ? strata[0].levels().get(strata[0].codes()[row]) + "." : "";
        return above + id;
    }
}
