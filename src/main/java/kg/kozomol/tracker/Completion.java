package kg.kozomol.tracker;

/** The completion scale shared by the state's self-report and the CSO's assessment; the last two are terminal. */
public enum Completion {
    NO_EVIDENCE(0),
    NOT_STARTED(1),
    LIMITED(2),
    SUBSTANTIAL(3),
    COMPLETE(4),
    SUPERSEDED(-1),
    WITHDRAWN(-1);

    private final int step;

    Completion(int step) {
        this.step = step;
    }

    /** The position on the five-level scale, or -1 for a terminal state outside it. */
    public int step() {
        return step;
    }

    public boolean onScale() {
        return step >= 0;
    }
}
