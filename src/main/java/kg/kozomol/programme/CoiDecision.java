package kg.kozomol.programme;

/** The coordinator's decision on an expert's conflict-of-interest declaration; only clear or mitigated may take part. */
public enum CoiDecision {
    PENDING,
    CLEAR,
    MITIGATED,
    RECUSED;

    public boolean admitted() {
        return this == CLEAR || this == MITIGATED;
    }
}
