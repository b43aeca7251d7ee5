package kg.kozomol.stats;

/**
 * How to estimate: missing values and confidence level.
 *
 * @param missing {@link Missing#FAIL} unless asked otherwise
 * @param level   confidence level of intervals, 0.95 by default
 */
public record Options(Missing missing, double level) {

    public static final Options DEFAULT = new Options(Missing.FAIL, 0.95);

    public Options {
        if (!(level > 0 && level < 1)) {
            throw new SurveyException(Problem.LEVEL_OUT_OF_RANGE, level);
        }
    }

    /** Missing values removed (R's {@code na.rm = TRUE}), 95% intervals. */
    public static Options removeMissing() {
        return new Options(Missing.REMOVE, 0.95);
    }

    public Options withLevel(double value) {
        return new Options(missing, value);
    }

    public Options with(Missing value) {
        return new Options(value, level);
    }
}
