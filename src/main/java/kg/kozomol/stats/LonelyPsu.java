package kg.kozomol.stats;

/**
 * What to do with a stratum that has a single PSU, as R's {@code options(survey.lonely.psu = ...)}. In R survey
 * 4.1 "remove" and "certainty" compute the same variance (the stratum adds nothing); both are kept for fidelity.
 */
public enum LonelyPsu {
    /** Refuse to estimate a variance: {@link Problem#LONELY_PSU} names the stratum (R's default). */
    FAIL,
    /** The stratum contributes nothing to the variance. */
    REMOVE,
    /** The lone PSU is taken as sampled with certainty: it contributes nothing to the variance. */
    CERTAINTY,
    /** The lone PSU is centred at the overall mean instead of its stratum mean (conservative). */
    ADJUST,
    /** The stratum gets the average variance contribution of the other strata. */
    AVERAGE
}
