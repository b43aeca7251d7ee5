package kg.kozomol.programme;

/** Which way an indicator should move for the programme to succeed. */
public enum IndicatorDirection {
    INCREASE,
    DECREASE,
    MAINTAIN
}
