package kg.kozomol.study;

/** The oblasts of the Kyrgyz Republic and the two cities of republican significance. */
public enum Oblast {
    BISHKEK,
    OSH_CITY,
    BATKEN,
    CHUY,
    ISSYK_KUL,
    JALAL_ABAD,
    NARYN,
    OSH,
    TALAS
}
