package kg.kozomol.tracker;

/**
 * DOMAIN.md: disputed when the state's and the CSO's completion ratings are two steps or more apart on the
 * five-level scale, or the state says complete while the CSO says limited or less.
 */
public final class DisputedRule {

    private DisputedRule() {}

    public static boolean disputed(Completion state, Completion cso) {
        if (state == null || cso == null || !state.onScale() || !cso.onScale()) {
            return false;
        }
        if (Math.abs(state.step() - cso.step()) >= 2) {
            return true;
        }
        return state == Completion.COMPLETE && cso.step() <= Completion.LIMITED.step();
    }
}
