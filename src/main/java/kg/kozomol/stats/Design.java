package kg.kozomol.stats;

/**
 * A survey sample with what is known of how it was drawn: {@link SurveyDesign} (strata, clusters, weights,
 * population sizes; variances by linearisation) or {@link ReplicateDesign} (replicate weights). A design may be
 * restricted to a domain: the rows outside keep their place in the design, as in R's {@code subset()} of a survey
 * design, so standard errors stay those of the whole sample.
 */
public abstract sealed class Design permits SurveyDesign, ReplicateDesign {

    final SurveyData data;
    final double[] weights;
    /** Rows in the current domain; null when every row is. */
    final boolean[] included;
    final String domainLabel;

    Design(SurveyData data, double[] weights, boolean[] included, String domainLabel) {
        this.data = data;
        this.weights = weights;
        this.included = included;
        this.domainLabel = domainLabel;
    }

    public SurveyData data() {
        return data;
    }

    /** The sampling weight of every row of the whole sample (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** "stype = E" for a domain (nested domains joined by " & "), "" for the whole sample. */
    public String domain() {
        return domainLabel;
    }

    /** The part of the sample whose {@code variable} equals {@code level}: R's {@code subset(design, variable == level)}. */
    public Design domain(String variable, String level) {
        Factor factor = data.factor(variable);
        int code = factor.code(level);
        boolean[] keep = new boolean[data.rows()];
        for (int row = 0; row < keep.length; row++) {
            keep[row] = factor.codes()[row] == code;
        }
        String label = variable + " = " + level;
        return restrict(keep, domainLabel.isEmpty() ? label : domainLabel + " & " + label);
    }

    /** Degrees of freedom for t quantiles: R's {@code degf(design)}. */
    public abstract int degreesOfFreedom();

    /** The number of rows in the domain. */
    public int size() {
        if (included == null) {
            return data.rows();
        }
        int n = 0;
        for (boolean in : included) {
            n += in ? 1 : 0;
        }
        return n;
    }

    final boolean includes(int row) {
        return included == null || included[row];
    }

    /** The design restricted to rows that are in the current domain and in {@code keep}. */
    abstract Design restrict(boolean[] keep, String label);

    final boolean[] and(boolean[] keep) {
        if (included == null) {
            return keep;
        }
        boolean[] both = new boolean[keep.length];
        for (int row = 0; row < keep.length; row++) {
            both[row] = keep[row] && included[row];
        }
        return both;
    }

    /** One pass over the domain's rows collecting the totals of {@code statistic} and what its variance needs. */
    abstract Accumulation accumulate(TotalsStatistic statistic);

    /**
     * The k×k covariance (row-major) of {@code statistic} at its estimate: by linearisation with {@code gradient}
     * (k×m) for a {@link SurveyDesign}, by recomputing the statistic under each set of replicate weights for a
     * {@link ReplicateDesign}.
     */
    abstract double[] covariance(TotalsStatistic statistic, Accumulation sums, double[] estimate,
            double[][] gradient);

    /** Whether R would still have {@code row} in the design object: in the domain, or any row once calibrated. */
    abstract boolean present(int row);

    /** R's {@code nrow(design)}: the rows the design keeps, in the domain or (calibrated) all of them. */
    abstract int sampleRows();

    /** As R's {@code svychisq}: PSUs minus strata among the rows that the design keeps. */
    abstract int chisqDegreesOfFreedom();
}
