package kg.kozomol.stats;

/**
 * Why the engine refused a request. Each problem is a message key of the {@code stats} bundle; the arguments of a
 * {@link SurveyException} fill its placeholders, so the user interface can say it in the reader's language.
 */
public enum Problem {
    /** {0} variable. */
    UNKNOWN_VARIABLE("stats.problem.unknownVariable"),
    /** {0} variable, {1} the text found, {2} row (1-based, header not counted). */
    NOT_NUMERIC("stats.problem.notNumeric"),
    /** {0} variable, {1} how many missing values, {2} first row with one. */
    MISSING_VALUES("stats.problem.missingValues"),
    /** {0} weight variable, {1} row. */
    WEIGHT_MISSING("stats.problem.weightMissing"),
    /** {0} weight variable, {1} row, {2} value. */
    WEIGHT_NOT_POSITIVE("stats.problem.weightNotPositive"),
    /** {0} probability variable, {1} row, {2} value. */
    PROBABILITY_INVALID("stats.problem.probabilityInvalid"),
    /** {0} design variable (cluster, stratum or fpc), {1} row. */
    DESIGN_VALUE_MISSING("stats.problem.designValueMissing"),
    /** {0} cluster variable, {1} cluster. */
    CLUSTERS_NOT_NESTED("stats.problem.clustersNotNested"),
    /** The design has a single primary sampling unit. */
    SINGLE_PSU("stats.problem.singlePsu"),
    /** {0} fpc variable. */
    FPC_MIXED("stats.problem.fpcMixed"),
    /** {0} stratum, {1} stage. */
    FPC_TOO_SMALL("stats.problem.fpcTooSmall"),
    /** {0} stratum, {1} stage. */
    FPC_VARIES("stats.problem.fpcVaries"),
    /** {0} stratum, {1} stage. */
    LONELY_PSU("stats.problem.lonelyPsu"),
    /** {0} stage: every stratum has one PSU, so "average" has nothing to average. */
    LONELY_PSU_NOTHING_TO_AVERAGE("stats.problem.lonelyPsuNothingToAverage"),
    /** {0} variable, {1} domain. */
    EMPTY_DOMAIN("stats.problem.emptyDomain"),
    /** {0} variable, {1} level. */
    UNKNOWN_LEVEL("stats.problem.unknownLevel"),
    /** {0} variable, {1} how many levels it has. */
    TOO_FEW_LEVELS("stats.problem.tooFewLevels"),
    /** {0} variable. */
    NOT_BINARY("stats.problem.notBinary"),
    /** {0} the predictor that is a combination of the others. */
    SINGULAR_REGRESSION("stats.problem.singularRegression"),
    /** {0} iterations. */
    NO_CONVERGENCE("stats.problem.noConvergence"),
    /** {0} variable, {1} level. */
    POSTSTRATUM_NOT_IN_POPULATION("stats.problem.poststratumNotInPopulation"),
    /** {0} variable, {1} level. */
    POSTSTRATUM_NOT_IN_SAMPLE("stats.problem.poststratumNotInSample"),
    /** {0} variable, {1} level, {2} value. */
    POPULATION_TOTAL_INVALID("stats.problem.populationTotalInvalid"),
    /** {0} the probability asked for. */
    QUANTILE_OUT_OF_RANGE("stats.problem.quantileOutOfRange"),
    /** {0} the confidence level asked for. */
    LEVEL_OUT_OF_RANGE("stats.problem.levelOutOfRange"),
    /** {0} variable: the estimate needs a non-zero denominator. */
    ZERO_DENOMINATOR("stats.problem.zeroDenominator"),
    /** The design leaves no degrees of freedom. */
    NO_DEGREES_OF_FREEDOM("stats.problem.noDegreesOfFreedom"),
    /** {0} replicate, {1} row. */
    REPLICATE_WEIGHT_INVALID("stats.problem.replicateWeightInvalid"),
    /** {0} what the design needs, e.g. the replicate count. */
    REPLICATE_DESIGN_INVALID("stats.problem.replicateDesignInvalid"),
    /** {0} line. */
    CSV_MALFORMED("stats.problem.csvMalformed"),
    /** {0} line, {1} expected fields, {2} fields found. */
    CSV_FIELD_COUNT("stats.problem.csvFieldCount"),
    /** {0} column name. */
    CSV_DUPLICATE_COLUMN("stats.problem.csvDuplicateColumn"),
    /** {0} file. */
    CSV_UNREADABLE("stats.problem.csvUnreadable");

    private final String key;

    Problem(String key) {
        this.key = key;
    }

    /** The message key in {@code i18n/stats/messages_*.properties}. */
    public String key() {
        return key;
    }
}
