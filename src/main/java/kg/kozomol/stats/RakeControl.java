package kg.kozomol.stats;

/**
 * When raking stops (R's {@code rake(control = list(maxit, epsilon))}).
 *
 * @param maxIterations sweeps over all margins at most
 * @param epsilon       stop when no cell of the joint table of the margin variables changed by this much in a sweep;
 *                      below 1 it is a share of the total weight
 */
public record RakeControl(int maxIterations, double epsilon) {

    /** R's defaults: 10 sweeps, a change below 1. */
    public static final RakeControl DEFAULT = new RakeControl(10, 1);
}
