package kg.kozomol.analysis;

/**
 * One column of a dataset.
 *
 * @param missing empty cells and "NA"
 * @param distinctValues different values among the rest
 */
public record DatasetColumn(int position, String name, ColumnType type, int missing, int distinctValues) {}
