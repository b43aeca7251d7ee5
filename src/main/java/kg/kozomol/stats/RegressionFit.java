package kg.kozomol.stats;

import java.util.List;

/**
 * A design-based regression (R's {@code svyglm}).
 *
 * @param family             linear ("gaussian") or logistic ("quasibinomial")
 * @param coefficients       in model-matrix order: intercept, then the predictors
 * @param covariance         the coefficients' design-based covariance, row-major
 * @param degreesOfFreedom   R's {@code df.residual}: design df + 1 − number of coefficients
 * @param iterations         of the reweighted least squares
 * @param n                  cases used
 */
public record RegressionFit(Regression.Family family, List<Coefficient> coefficients, double[] covariance,
        int degreesOfFreedom, int iterations, int n) {

    public Coefficient coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
                .orElseThrow(() -> new SurveyException(Problem.UNKNOWN_VARIABLE, term));
    }
}
