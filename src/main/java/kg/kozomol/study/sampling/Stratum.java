package kg.kozomol.study.sampling;

/** A stratum of the population; the standard deviation is needed only for Neyman allocation. */
public record Stratum(String name, Long size, Double standardDeviation) {}
