package kg.kozomol.study.sampling;

/** What the plan must estimate precisely: a share of the population, or the mean of a measured quantity. */
public enum Estimate {
    PROPORTION,
    MEAN
}
