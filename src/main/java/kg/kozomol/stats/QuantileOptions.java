package kg.kozomol.stats;

/**
 * How {@link Quantiles} estimates (R's {@code svyquantile} arguments).
 *
 * @param missing  missing values ({@code na.rm})
 * @param level    confidence level ({@code 1 − alpha})
 * @param rule     {@code qrule}
 * @param interval {@code interval.type}: how the interval for the cumulative share is formed
 * @param df       degrees of freedom of the t quantiles; null for the design's, infinity for normal quantiles
 */
public record QuantileOptions(Missing missing, double level, Rule rule, IntervalType interval, Double df) {

    /** R's {@code qrule}. */
    public enum Rule {
        /** The smallest value whose cumulative weight share reaches p ("math", R's default). */
        MATH,
        /** As MATH but the midpoint of two values when the share hits p exactly ("school"). */
        SCHOOL
    }

    /** R's {@code interval.type} for the Woodruff interval. */
    public enum IntervalType {
        /** Wald interval for the share (R's default "mean"). */
        MEAN,
        /** Clopper-Pearson with an effective sample size ("beta"). */
        BETA,
        /** Wald on the logit scale ("xlogit"). */
        XLOGIT,
        /** Wald on the arcsine-square-root scale ("asin"). */
        ASIN
    }

    public static final QuantileOptions DEFAULT = new QuantileOptions(Missing.FAIL, 0.95, Rule.MATH, IntervalType.MEAN,
            null);

    public QuantileOptions {
        if (!(level > 0 && level < 1)) {
            throw new SurveyException(Problem.LEVEL_OUT_OF_RANGE, level);
        }
    }

    public QuantileOptions with(Missing value) {
        return new QuantileOptions(value, level, rule, interval, df);
    }

    public QuantileOptions with(Rule value) {
        return new QuantileOptions(missing, level, value, interval, df);
    }

    public QuantileOptions with(IntervalType value) {
        return new QuantileOptions(missing, level, rule, value, df);
    }

    public QuantileOptions withLevel(double value) {
        return new QuantileOptions(missing, value, rule, interval, df);
    }

    public QuantileOptions withDf(double value) {
        return new QuantileOptions(missing, level, rule, interval, value);
    }
}
