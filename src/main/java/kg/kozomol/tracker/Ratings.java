package kg.kozomol.tracker;

/** The latest state self-report and CSO assessment for one body, side by side. */
public record Ratings(Completion state, Completion cso) {

    public boolean disputed() {
        return DisputedRule.disputed(state, cso);
    }
}
