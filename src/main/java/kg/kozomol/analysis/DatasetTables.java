package kg.kozomol.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.tables.RawTable;

/**
 * Turns a table of text cells into survey data: a column whose filled cells are all numbers is numeric (a decimal
 * comma is read as a point, as Excel writes it in Russian), any other is categorical; empty cells and "NA" are missing.
 * Where the types are known beforehand (a form says which questions are numbers) they are taken as given, and a cell
 * of a numeric column that is not a number is missing.
 */
final class DatasetTables {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    record Read(List<DatasetColumn> columns, SurveyData data) {}

    private DatasetTables() {}

    static Read read(RawTable table) {
        return read(table, Map.of());
    }

    static Read read(RawTable table, Map<String, ColumnType> declared) {
        List<String> names = names(table.header());
        if (table.rows().isEmpty()) {
            throw new AnalysisException("analysis.dataset.noRows");
        }
        SurveyData.Builder data = SurveyData.builder();
        List<DatasetColumn> columns = new ArrayList<>();
        int rows = table.rows().size();
        for (int position = 0; position < names.size(); position++) {
            String[] cells = new String[rows];
            for (int row = 0; row < rows; row++) {
                String cell = table.rows().get(row).cell(position);
                cells[row] = isMissing(cell) ? null : cell.strip();
            }
            columns.add(column(position, names.get(position), declared.get(names.get(position)), cells, data));
        }
        return new Read(List.copyOf(columns), data.build());
    }

    private static DatasetColumn column(int position, String name, ColumnType type, String[] cells, SurveyData.Builder data) {
        double[] numbers = new double[cells.length];
        boolean numeric = type != ColumnType.CATEGORICAL;
        int missing = 0;
        Set<String> distinct = new HashSet<>();
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row];
            if (cell == null) {
                missing++;
                numbers[row] = Double.NaN;
                continue;
            }
            if (numeric && NUMBER.matcher(cell).matches()) {
                numbers[row] = Double.parseDouble(cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell);
            } else if (type == ColumnType.NUMERIC) {
                missing++;
                numbers[row] = Double.NaN;
                continue;
            } else {
                numeric = false;
            }
            distinct.add(cell);
        }
        if (numeric) {
            data.numeric(name, numbers);
        } else {
            data.text(name, cells);
        }
        return new DatasetColumn(position, name, numeric ? ColumnType.NUMERIC : ColumnType.CATEGORICAL, missing,
                distinct.size());
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int last = header.size();
        while (last > 0 && (header.get(last - 1) == null || header.get(last - 1).isBlank())) {
            last--;
        }
        if (last == 0) {
            throw new AnalysisException("analysis.dataset.noHeader");
        }
        for (int i = 0; i < last; i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                throw new AnalysisException("analysis.dataset.blankHeader", i + 1);
            }
            if (!seen.add(name)) {
                throw new AnalysisException("analysis.dataset.duplicateColumn", name);
            }
            names.add(name);
        }
        return names;
    }

    private static boolean isMissing(String cell) {
        return cell == null || cell.isBlank() || cell.strip().equals("NA");
    }
}
