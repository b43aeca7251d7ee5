package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.stats.internal.Distributions;
import kg.kozomol.stats.internal.Matrices;

/**
 * The Rao-Scott corrected chi-squared test of independence, as R's {@code svychisq} (default statistic "F", the
 * second-order Satterthwaite correction): Pearson's X² on the weighted table, corrected by the eigenvalues of the
 * generalised design-effect matrix Δ of the cell proportions' interaction contrasts.
 */
public final class RaoScott {

    /** R's {@code statistic} argument. */
    public enum Statistic {
        /** X²/tr(Δ) on F(d₀, d₀·df), d₀ = tr(Δ)²/tr(Δ²) (R's default). */
        F,
        /** X²/mean(δ) on χ² with (r−1)(c−1) df (first-order correction). */
        CHISQ
    }

    private RaoScott() {
    }

    public static RaoScottResult test(Design design, String rowVariable, String columnVariable) {
        return test(design, rowVariable, columnVariable, Statistic.F);
    }

    public static RaoScottResult test(Design design, String rowVariable, String columnVariable, Statistic statistic) {
        return analyse(design, rowVariable, columnVariable, statistic, Options.DEFAULT.level()).test();
    }

    /**
     * The weighted two-way table as cell proportions of the whole (R's {@code svymean} of the interaction, with
     * incomplete rows left out), each with SE, interval, design effect and cell count, and the default F test.
     */
    public static Crosstab crosstab(Design design, String rowVariable, String columnVariable, Options options) {
        return analyse(design, rowVariable, columnVariable, Statistic.F, options.level());
    }

    private static Crosstab analyse(Design design, String rowVariable, String columnVariable, Statistic statistic,
            double level) {
        Factor rows = design.data().factor(rowVariable);
        Factor columns = design.data().factor(columnVariable);
        int[] rowLevel = presentLevels(design, rows);
        int[] columnLevel = presentLevels(design, columns);
        int nr = count(rowLevel);
        int nc = count(columnLevel);
        int n = 0;
        int[] cell = new int[rows.size()];
        for (int row = 0; row < cell.length; row++) {
            n += design.present(row) ? 1 : 0;
            int a = rows.codes()[row];
            int b = columns.codes()[row];
            cell[row] = a < 0 || b < 0 || rowLevel[a] < 0 || columnLevel[b] < 0 ? -1 : rowLevel[a] + nr * columnLevel[b];
        }
        int df = design.chisqDegreesOfFreedom();
        if (df <= 0) {
            throw new SurveyException(Problem.NO_DEGREES_OF_FREEDOM);
        }
        Factor cells = new Factor(rowVariable + ":" + columnVariable, cell, cellNames(nr * nc));
        Design complete = Variables.completeFactor(design, Missing.REMOVE, cells);
        Estimation.Result means = Estimation.run(complete, new Categories.Statistic(cell, nr * nc, true),
                cells.variable());
        double pearson = pearson(means.value(), nr, nc, n);
        double[][] delta = designEffects(means.value(), means.covariance(), nr, nc, n);
        double trace = 0;
        double traceSquared = 0;
        for (int i = 0; i < delta.length; i++) {
            trace += delta[i][i];
            for (int j = 0; j < delta.length; j++) {
                traceSquared += delta[i][j] * delta[j][i];
            }
        }
        RaoScottResult result;
        if (statistic == Statistic.F) {
            double d0 = trace * trace / traceSquared;
            double f = pearson / trace;
            result = new RaoScottResult(statistic, f, d0, d0 * df, Distributions.pfUpper(f, d0, d0 * df), pearson, nr,
                    nc);
        } else {
            int d = delta.length;
            result = new RaoScottResult(statistic, pearson, d, Double.POSITIVE_INFINITY,
                    Distributions.pchisqUpper(pearson / (trace / d), d), pearson, nr, nc);
        }
        if (!Double.isFinite(result.value()) || !Double.isFinite(result.pValue())) {
            throw new SurveyException(Problem.ZERO_DENOMINATOR, cells.variable());
        }
        List<String> rowNames = names(rows, rowLevel);
        List<String> columnNames = names(columns, columnLevel);
        int[] counts = new int[nr * nc];
        for (int row = 0; row < cell.length; row++) {
            if (complete.includes(row) && cell[row] >= 0) {
                counts[cell[row]]++;
            }
        }
        List<Estimate> estimates = new ArrayList<>(nr * nc);
        for (int b = 0; b < nc; b++) {
            for (int a = 0; a < nr; a++) {
                int i = a + nr * b;
                estimates.add(means.estimate(i, rowNames.get(a) + "." + columnNames.get(b), level, counts[i]));
            }
        }
        return new Crosstab(rowVariable, columnVariable, rowNames, columnNames, List.copyOf(estimates), result);
    }

    private static List<String> names(Factor factor, int[] position) {
        List<String> names = new ArrayList<>();
        for (int level = 0; level < position.length; level++) {
            if (position[level] >= 0) {
                names.add(factor.levels().get(level));
            }
        }
        return List.copyOf(names);
    }

    /** Each level's position among the levels present in the design's rows, -1 for absent ones. */
    private static int[] presentLevels(Design design, Factor factor) {
        boolean[] present = new boolean[factor.levels().size()];
        for (int row = 0; row < factor.size(); row++) {
            if (design.present(row) && factor.codes()[row] >= 0) {
                present[factor.codes()[row]] = true;
            }
        }
        int[] position = new int[present.length];
        int next = 0;
        for (int level = 0; level < present.length; level++) {
            position[level] = present[level] ? next++ : -1;
        }
        if (next < 2) {
            throw new SurveyException(Problem.TOO_FEW_LEVELS, factor.variable(), next);
        }
        return position;
    }

    private static int count(int[] positions) {
        int count = 0;
        for (int position : positions) {
            count += position >= 0 ? 1 : 0;
        }
        return count;
    }

    private static List<String> cellNames(int cells) {
        List<String> names = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** Pearson's X² of the weighted table scaled to n rows (R's {@code chisq.test(svytable(..., Ntotal = n))}). */
    private static double pearson(double[] p, int nr, int nc, int n) {
        double[] rowSums = new double[nr];
        double[] columnSums = new double[nc];
        for (int b = 0; b < nc; b++) {
            for (int a = 0; a < nr; a++) {
                double observed = p[a + nr * b] * n;
                rowSums[a] += observed;
                columnSums[b] += observed;
            }
        }
        double x2 = 0;
        for (int b = 0; b < nc; b++) {
            for (int a = 0; a < nr; a++) {
                double expected = rowSums[a] * columnSums[b] / n;
                double d = p[a + nr * b] * n - expected;
                x2 += d * d / expected;
            }
        }
        return x2;
    }

    /** Δ = (C'D⁻¹C/n)⁻¹ C'D⁻¹VD⁻¹C with C the interaction contrasts, D = diag(p). */
    private static double[][] designEffects(double[] p, double[] v, int nr, int nc, int n) {
        int cells = nr * nc;
        double[][] contrasts = contrasts(nr, nc);
        double[][] scaled = new double[cells][];
        for (int i = 0; i < cells; i++) {
            double inverse = p[i] == 0 ? 0 : 1 / p[i];
            scaled[i] = contrasts[i].clone();
            for (int j = 0; j < scaled[i].length; j++) {
                scaled[i][j] *= inverse;
            }
        }
        double[][] transposed = Matrices.transpose(scaled);
        double[][] denominator = Matrices.multiply(Matrices.transpose(contrasts), scaled);
        for (double[] row : denominator) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= n;
            }
        }
        double[][] covariance = new double[cells][cells];
        for (int i = 0; i < cells; i++) {
            System.arraycopy(v, i * cells, covariance[i], 0, cells);
        }
        double[][] numerator = Matrices.multiply(Matrices.multiply(transposed, covariance), scaled);
        double[][] delta = Matrices.solve(denominator, numerator);
        if (delta == null) {
            throw new SurveyException(Problem.ZERO_DENOMINATOR, "table");
        }
        return delta;
    }

    /** The interaction columns of ~rows*cols, less their projection on the main effects (R's qr.resid). */
    private static double[][] contrasts(int nr, int nc) {
        int cells = nr * nc;
        int main = nr + nc - 1;
        int interactions = (nr - 1) * (nc - 1);
        double[][] x1 = new double[cells][main];
        double[][] x12 = new double[cells][interactions];
        for (int b = 0; b < nc; b++) {
            for (int a = 0; a < nr; a++) {
                int i = a + nr * b;
                x1[i][0] = 1;
                if (a > 0) {
                    x1[i][a] = 1;
                }
                if (b > 0) {
                    x1[i][nr - 1 + b] = 1;
                }
                if (a > 0 && b > 0) {
                    x12[i][(a - 1) + (nr - 1) * (b - 1)] = 1;
                }
            }
        }
        double[][] x1t = Matrices.transpose(x1);
        double[][] coefficients = Matrices.solve(Matrices.multiply(x1t, x1), Matrices.multiply(x1t, x12));
        double[][] fitted = Matrices.multiply(x1, coefficients);
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < interactions; j++) {
                x12[i][j] -= fitted[i][j];
            }
        }
        return x12;
    }
}
