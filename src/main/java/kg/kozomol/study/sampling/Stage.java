package kg.kozomol.study.sampling;

/** One stage of selection, e.g. 30 schools, then 15 households in each: the unit and how many per unit above. */
public record Stage(String unit, Long count) {}
