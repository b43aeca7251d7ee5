package kg.kozomol.stats;

/**
 * A numeric variable; a missing value is {@code NaN}. The array is shared, not copied: callers must not change it.
 */
public record NumericColumn(String name, double[] values) implements Column {

    @Override
    public int size() {
        return values.length;
    }

    boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }
}
