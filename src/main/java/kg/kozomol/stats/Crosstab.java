package kg.kozomol.stats;

import java.util.List;

/**
 * A weighted two-way table with its Rao-Scott test.
 *
 * @param rowLevels    the row variable's values present, in R's order
 * @param columnLevels the column variable's values present
 * @param cells        each cell's share of the whole table, row level varying fastest; terms "row.column" as R
 *                     names the levels of an interaction; n is the cell's count of respondents
 * @param test         the Rao-Scott F test of independence
 */
public record Crosstab(String rowVariable, String columnVariable, List<String> rowLevels, List<String> columnLevels,
        List<Estimate> cells, RaoScottResult test) {

    /** The cell of {@code row} and {@code column}. */
    public Estimate cell(String row, String column) {
        return cells.get(rowLevels.indexOf(row) + rowLevels.size() * columnLevels.indexOf(column));
    }
}
