package kg.kozomol.stats;

/**
 * How raking went.
 *
 * @param converged whether the last sweep changed every cell by less than {@code tolerance}
 * @param sweeps    sweeps over all margins done
 * @param maxChange the largest change of a cell in the last sweep
 * @param tolerance the stopping threshold in weight units
 */
public record RakeReport(boolean converged, int sweeps, double maxChange, double tolerance) {
}
