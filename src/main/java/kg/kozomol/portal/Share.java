package kg.kozomol.portal;

/**
 * A share of a whole, shown only when the whole is large enough: with fewer than {@link #MIN_CELL} cases a share
 * says more about single bodies than about uptake (and could point at one), so it is withheld.
 */
public record Share(long part, long whole) {

    public static final int MIN_CELL = 5;

    public boolean suppressed() {
        return whole < MIN_CELL;
    }

    /** The share from 0 to 1, or null when it is withheld. */
    public Double value() {
        return suppressed() ? null : (double) part / whole;
    }
}
