package kg.kozomol.programme;

/** The levels of a results framework; each level hangs under the one above it, the goal under nothing. */
public enum NodeKind {
    GOAL,
    OUTCOME,
    OUTPUT,
    ACTIVITY;

    /** The kind a node of this kind must hang under; null for the goal. */
    public NodeKind parentKind() {
        return this == GOAL ? null : values()[ordinal() - 1];
    }

    /** The kind of the nodes hanging under this one; null under an activity. */
    public NodeKind childKind() {
        return this == ACTIVITY ? null : values()[ordinal() + 1];
    }
}
