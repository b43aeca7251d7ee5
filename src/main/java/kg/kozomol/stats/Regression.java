package kg.kozomol.stats;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.stats.internal.Distributions;
import kg.kozomol.stats.internal.Irls;

/**
 * Linear and logistic regression with design-based standard errors, as R's {@code svyglm} with
 * {@code gaussian()} and {@code quasibinomial()}: the model is fitted with the sampling weights (scaled to mean 1),
 * and the coefficients' covariance is the design covariance of their influence functions (linearisation), or the
 * spread of refits under each replicate's weights (replicate designs).
 */
public final class Regression {

    /** The model family. */
    public enum Family {
        /** Identity link, R's {@code gaussian()}. */
        LINEAR,
        /** Logit link, R's {@code quasibinomial()}. */
        LOGISTIC
    }

    private Regression() {
    }

    public static RegressionFit linear(Design design, String outcome, List<String> predictors) {
        return linear(design, outcome, predictors, Options.DEFAULT);
    }

    public static RegressionFit linear(Design design, String outcome, List<String> predictors, Options options) {
        return fit(design, Family.LINEAR, outcome, design.data().numeric(outcome).values(), predictors, options);
    }

    public static RegressionFit logistic(Design design, String outcome, List<String> predictors) {
        return logistic(design, outcome, predictors, Options.DEFAULT);
    }

    /**
     * @param outcome a numeric variable with values in [0, 1], or a text variable with two values, the second (in
     *                sorted order) being the event, as R codes a factor response
     */
    public static RegressionFit logistic(Design design, String outcome, List<String> predictors, Options options) {
        return fit(design, Family.LOGISTIC, outcome, binary(design, outcome), predictors, options);
    }

    private static double[] binary(Design design, String outcome) {
        Column column = design.data().column(outcome);
        if (column instanceof NumericColumn numeric) {
            for (int row = 0; row < numeric.size(); row++) {
                double v = numeric.values()[row];
                if (design.includes(row) && !Double.isNaN(v) && (v < 0 || v > 1)) {
                    throw new SurveyException(Problem.NOT_BINARY, outcome);
                }
            }
            return numeric.values();
        }
        Factor factor = design.data().factor(outcome);
        if (factor.levels().size() != 2) {
            throw new SurveyException(Problem.NOT_BINARY, outcome);
        }
        double[] y = new double[factor.size()];
        for (int row = 0; row < y.length; row++) {
            int code = factor.codes()[row];
            y[row] = code < 0 ? Double.NaN : code;
        }
        return y;
    }

    /** The fit of {@code y} (NaN where missing) on the predictors over the design's domain. */
    static RegressionFit fit(Design design, Family family, String outcome, double[] y, List<String> predictors,
            Options options) {
        double scale = meanWeight(design);
        Design complete = complete(design, options.missing(), outcome, y, predictors);
        ModelMatrix matrix = ModelMatrix.of(complete, predictors);
        int n = matrix.rows.length;
        if (n == 0) {
            throw new SurveyException(Problem.EMPTY_DOMAIN, outcome, design.domain());
        }
        double[] response = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            response[i] = y[matrix.rows[i]];
            weights[i] = complete.weights[matrix.rows[i]] / scale;
        }
        Irls.Family irls = family == Family.LINEAR ? Irls.Family.GAUSSIAN : Irls.Family.QUASIBINOMIAL;
        Irls.Fit fit = run(matrix, response, weights, irls, null);
        int p = matrix.columns.length;
        double[] covariance = complete instanceof ReplicateDesign replicates
                ? replicateCovariance(replicates, matrix, response, irls, fit.coefficients())
                : linearisedCovariance((SurveyDesign) complete, matrix, fit);
        // R takes the replicate design's df before dropping incomplete rows, the linearised one after
        int designDf = complete instanceof ReplicateDesign ? design.degreesOfFreedom() : complete.degreesOfFreedom();
        int df = designDf + 1 - p;
        if (df <= 0) {
            throw new SurveyException(Problem.NO_DEGREES_OF_FREEDOM);
        }
        List<Coefficient> coefficients = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double estimate = fit.coefficients()[j];
            double se = Math.sqrt(covariance[j * p + j]);
            double t = estimate / se;
            coefficients.add(new Coefficient(matrix.terms.get(j), estimate, se, t, 2 * Distributions.pt(-Math.abs(t), df),
                    Intervals.t(estimate, se, options.level(), df)));
        }
        return new RegressionFit(family, List.copyOf(coefficients), covariance, df, fit.iterations(), n);
    }

    /** svyglm scales the weights by their mean over the design's rows, before incomplete rows are dropped. */
    private static double meanWeight(Design design) {
        double sum = 0;
        for (int row = 0; row < design.weights.length; row++) {
            if (design.includes(row)) {
                sum += design.weights[row];
            }
        }
        return sum / design.sampleRows();
    }

    private static Design complete(Design design, Missing missing, String outcome, double[] y,
            List<String> predictors) {
        Design complete = Variables.complete(design, missing, outcome, y);
        for (String predictor : predictors) {
            complete = design.data().column(predictor) instanceof NumericColumn
                    ? Variables.complete(complete, missing, predictor)
                    : Variables.completeFactor(complete, missing, design.data().factor(predictor));
        }
        return complete;
    }

    private static Irls.Fit run(ModelMatrix matrix, double[] y, double[] weights, Irls.Family family, double[] start) {
        Irls.Fit fit;
        try {
            fit = Irls.fit(matrix.columns, y, weights, family, start);
        } catch (Irls.NotConverged e) {
            throw new SurveyException(Problem.NO_CONVERGENCE, e.iterations);
        }
        if (fit.aliased() >= 0) {
            throw new SurveyException(Problem.SINGULAR_REGRESSION, matrix.terms.get(fit.aliased()));
        }
        return fit;
    }

    /** svyrecvar of the influence functions x·r·w·(X'WX)⁻¹ (R's {@code svy.varcoef}). */
    private static double[] linearisedCovariance(SurveyDesign design, ModelMatrix matrix, Irls.Fit fit) {
        int p = matrix.columns.length;
        int[] indexOfRow = new int[design.data().rows()];
        java.util.Arrays.fill(indexOfRow, -1);
        for (int i = 0; i < matrix.rows.length; i++) {
            indexOfRow[matrix.rows[i]] = i;
        }
        double[] ainv = fit.unscaledCovariance();
        double[] u = new double[p];
        return design.covariance(new RowScores() {
            @Override
            public int dim() {
                return p;
            }

            @Override
            public void scores(int row, double[] out) {
                int i = indexOfRow[row];
                java.util.Arrays.fill(out, 0);
                if (i < 0) {
                    return;
                }
                double rw = fit.workingResiduals()[i] * fit.workingWeights()[i];
                for (int j = 0; j < p; j++) {
                    u[j] = matrix.columns[j][i] * rw;
                }
                for (int a = 0; a < p; a++) {
                    double s = 0;
                    for (int b = 0; b < p; b++) {
                        s += u[b] * ainv[b * p + a];
                    }
                    out[a] = s;
                }
            }
        });
    }

    /** Refits under each replicate's weights, starting from the full-sample coefficients (R's svrepglm). */
    private static double[] replicateCovariance(ReplicateDesign design, ModelMatrix matrix, double[] y,
            Irls.Family family, double[] full) {
        int n = matrix.rows.length;
        double[][] thetas = new double[design.replicateCount()][];
        for (int r = 0; r < thetas.length; r++) {
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = design.replicateWeight(matrix.rows[i], r);
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] /= sum;
            }
            try {
                Irls.Fit fit = Irls.fit(matrix.columns, y, w, family, full);
                thetas[r] = fit.aliased() >= 0 ? nan(full.length) : fit.coefficients();
            } catch (Irls.NotConverged e) {
                thetas[r] = nan(full.length);
            }
        }
        return design.replicateCovariance(thetas, full);
    }

    private static double[] nan(int p) {
        double[] values = new double[p];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }
}
