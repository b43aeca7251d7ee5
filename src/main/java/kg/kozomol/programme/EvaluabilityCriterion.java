package kg.kozomol.programme;

/** What a design reviewer scores, each from 1 (not evaluable) to 4 (fully evaluable). */
public enum EvaluabilityCriterion {
    CLEAR_INDICATORS,
    BASELINES_PRESENT,
    TARGETS_REALISTIC,
    ASSUMPTIONS_EXPLICIT;

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;
}
