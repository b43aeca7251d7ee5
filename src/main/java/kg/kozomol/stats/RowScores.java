package kg.kozomol.stats;

/** Per-row linearised scores (influence values times weights) whose design-based covariance is wanted. */
interface RowScores {

    int dim();

    /** Writes the {@link #dim()} scores of {@code row} into {@code out}. */
    void scores(int row, double[] out);
}
