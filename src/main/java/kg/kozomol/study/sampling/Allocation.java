package kg.kozomol.study.sampling;

/** How the sample is shared among strata: by their size, equally, or by size times spread (Neyman). */
public enum Allocation {
    PROPORTIONAL,
    EQUAL,
    NEYMAN
}
