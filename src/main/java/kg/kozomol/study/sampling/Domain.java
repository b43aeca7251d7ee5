package kg.kozomol.study.sampling;

/**
 * A group the policy question needs its own estimate for (an oblast, women, households with a child with a
 * disability), given by its share of the population or its size; it may coincide with a stratum.
 */
public record Domain(String name, Double share, Long size, String stratum) {

    /** Units of the population in the domain. */
    public double populationIn(long populationSize) {
        return size != null ? size : share * populationSize;
    }
}
