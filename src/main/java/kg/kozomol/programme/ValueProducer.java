package kg.kozomol.programme;

/** Who produced a value: the plan (targets), the state's own report, a CSO's measurement, an expert's check. */
public enum ValueProducer {
    PLAN,
    STATE_REPORTED,
    CSO_MEASURED,
    EXPERT_VERIFIED
}
