package kg.kozomol.stats;

/** What to do with missing values of the analysed variables (R's {@code na.rm}). */
public enum Missing {
    /** Refuse with {@link Problem#MISSING_VALUES} naming the variable ({@code na.rm = FALSE}). */
    FAIL,
    /** Leave out the rows with a missing value, keeping them in the design ({@code na.rm = TRUE}). */
    REMOVE
}
