package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a regression over the rows of a domain: an intercept, numeric predictors as they are, and
 * categorical predictors as indicators of each level but the first present (R's treatment contrasts).
 */
final class ModelMatrix {

    final int[] rows;
    final double[][] columns;
    final List<String> terms;

    private ModelMatrix(int[] rows, double[][] columns, List<String> terms) {
        this.rows = rows;
        this.columns = columns;
        this.terms = terms;
    }

    static ModelMatrix of(Design design, List<String> predictors) {
        SurveyData data = design.data();
        int n = 0;
        for (int row = 0; row < data.rows(); row++) {
            n += design.includes(row) && design.weights[row] != 0 ? 1 : 0;
        }
        int[] rows = new int[n];
        int i = 0;
        for (int row = 0; row < data.rows(); row++) {
            if (design.includes(row) && design.weights[row] != 0) {
                rows[i++] = row;
            }
        }
        List<double[]> columns = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        double[] intercept = new double[n];
        java.util.Arrays.fill(intercept, 1.0);
        columns.add(intercept);
        terms.add("(Intercept)");
        for (String predictor : predictors) {
            if (data.column(predictor) instanceof NumericColumn numeric) {
                double[] column = new double[n];
                for (int r = 0; r < n; r++) {
                    column[r] = numeric.values()[rows[r]];
                }
                columns.add(column);
                terms.add(predictor);
            } else {
                addIndicators(data.factor(predictor), rows, columns, terms);
            }
        }
        return new ModelMatrix(rows, columns.toArray(new double[0][]), List.copyOf(terms));
    }

    private static void addIndicators(Factor factor, int[] rows, List<double[]> columns, List<String> terms) {
        boolean[] present = new boolean[factor.levels().size()];
        for (int row : rows) {
            present[factor.codes()[row]] = true;
        }
        boolean reference = true;
        for (int level = 0; level < present.length; level++) {
            if (!present[level]) {
                continue;
            }
            if (reference) {
                reference = false;
                continue;
            }
            double[] column = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                column[r] = factor.codes()[rows[r]] == level ? 1 : 0;
            }
            columns.add(column);
            terms.add(factor.variable() + factor.levels().get(level));
        }
    }
}
