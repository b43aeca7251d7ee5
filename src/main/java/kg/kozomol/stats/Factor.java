package kg.kozomol.stats;

import java.util.List;

/**
 * A variable seen as categories: {@code codes[row]} indexes {@code levels} (sorted as R sorts factor levels), -1
 * when the value is missing. Numeric variables become categories by their distinct values in numeric order.
 */
public record Factor(String variable, int[] codes, List<String> levels) {

    public int size() {
        return codes.length;
    }

    /** The code of {@code level}, or a {@link Problem#UNKNOWN_LEVEL} exception. */
    public int code(String level) {
        int code = levels.indexOf(level);
        if (code < 0) {
            throw new SurveyException(Problem.UNKNOWN_LEVEL, variable, level);
        }
        return code;
    }
}
