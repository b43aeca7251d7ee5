package kg.kozomol.stats;

/** Missing values of analysed variables: refused by name, or their rows left out of the domain (R's na.rm). */
final class Variables {

    private Variables() {
    }

    /** The design without the rows where any of the numeric {@code variables} is missing, as {@code missing} says. */
    static Design complete(Design design, Missing missing, String... variables) {
        Design complete = design;
        for (String variable : variables) {
            complete = complete(complete, missing, variable, design.data.numeric(variable).values());
        }
        return complete;
    }

    /** As above for values computed from a variable ({@code NaN} where missing), named {@code name} in messages. */
    static Design complete(Design design, Missing missing, String name, double[] values) {
        boolean[] keep = null;
        int count = 0;
        int first = -1;
        for (int row = 0; row < values.length; row++) {
            if (design.includes(row) && Double.isNaN(values[row])) {
                if (first < 0) {
                    first = row;
                }
                count++;
                keep = keep == null ? all(values.length) : keep;
                keep[row] = false;
            }
        }
        if (count > 0 && missing == Missing.FAIL) {
            throw new SurveyException(Problem.MISSING_VALUES, name, count, first + 1);
        }
        return keep == null ? design : design.restrict(keep, design.domain());
    }

    /** As {@link #complete} for a categorical variable. */
    static Design completeFactor(Design design, Missing missing, Factor factor) {
        int[] codes = factor.codes();
        boolean[] keep = null;
        int count = 0;
        int first = -1;
        for (int row = 0; row < codes.length; row++) {
            if (design.includes(row) && codes[row] < 0) {
                if (first < 0) {
                    first = row;
                }
                count++;
                keep = keep == null ? all(codes.length) : keep;
                keep[row] = false;
            }
        }
        if (count > 0 && missing == Missing.FAIL) {
            throw new SurveyException(Problem.MISSING_VALUES, factor.variable(), count, first + 1);
        }
        return keep == null ? design : design.restrict(keep, design.domain());
    }

    private static boolean[] all(int rows) {
        boolean[] keep = new boolean[rows];
        java.util.Arrays.fill(keep, true);
        return keep;
    }
}
