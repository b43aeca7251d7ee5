package kg.kozomol.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A column-oriented table of survey responses: one primitive array per variable, all of the same length. */
public final class SurveyData {

    private final Map<String, Column> columns;
    private final int rows;
    private final Map<String, Factor> factors = new ConcurrentHashMap<>();

    private SurveyData(Map<String, Column> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** A table of the given columns, which must all have the same number of rows. */
    public static SurveyData of(List<? extends Column> columns) {
        Map<String, Column> byName = new LinkedHashMap<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column column : columns) {
            if (column.size() != rows) {
                throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
                        + " rows, expected " + rows);
            }
            if (byName.put(column.name(), column) != null) {
                throw new SurveyException(Problem.CSV_DUPLICATE_COLUMN, column.name());
            }
        }
        return new SurveyData(Collections.unmodifiableMap(byName), rows);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int rows() {
        return rows;
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new SurveyException(Problem.UNKNOWN_VARIABLE, name);
        }
        return column;
    }

    /** The variable as numbers; a text variable is refused naming the first value that is not a number. */
    public NumericColumn numeric(String name) {
        Column column = column(name);
        if (column instanceof TextColumn text) {
            throw notNumeric(text);
        }
        return (NumericColumn) column;
    }

    /** The variable as categories (cached: asking twice costs nothing). */
    public Factor factor(String name) {
        Column column = column(name);
        return factors.computeIfAbsent(name, n -> column instanceof TextColumn text
                ? new Factor(n, text.codes(), text.levels())
                : categories((NumericColumn) column));
    }

    private static SurveyException notNumeric(TextColumn text) {
        int[] firstRow = new int[text.levels().size()];
        Arrays.fill(firstRow, -1);
        for (int row = 0; row < text.codes().length; row++) {
            int code = text.codes()[row];
            if (code >= 0 && firstRow[code] < 0) {
                firstRow[code] = row;
            }
        }
        int bad = 0;
        for (int code = 0; code < firstRow.length; code++) {
            if (!isNumber(text.levels().get(code)) && (firstRow[code] < firstRow[bad] || isNumber(text.levels().get(bad)))) {
                bad = code;
            }
        }
        return new SurveyException(Problem.NOT_NUMERIC, text.name(), text.levels().get(bad), firstRow[bad] + 1);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Factor categories(NumericColumn column) {
        double[] values = column.values();
        Factor small = smallIntegers(column);
        if (small != null) {
            return small;
        }
        double[] distinct = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().distinct().toArray();
        int[] codes = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            codes[row] = Double.isNaN(values[row]) ? -1 : Arrays.binarySearch(distinct, values[row]);
        }
        return new Factor(column.name(), codes, labels(distinct));
    }

    /** Ids and codes are mostly small whole numbers: then a lookup table replaces sorting a copy of the column. */
    private static Factor smallIntegers(NumericColumn column) {
        double[] values = column.values();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                if (value != Math.rint(value)) {
                    return null;
                }
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            int[] missing = new int[values.length];
            Arrays.fill(missing, -1);
            return new Factor(column.name(), missing, List.of());
        }
        if (!(max - min < 1 << 20)) {
            return null;
        }
        int[] rank = new int[(int) (max - min) + 1];
        for (double value : values) {
            if (!Double.isNaN(value)) {
                rank[(int) (value - min)] = 1;
            }
        }
        int levels = 0;
        for (int i = 0; i < rank.length; i++) {
            rank[i] = rank[i] == 1 ? levels++ : -1;
        }
        double[] distinct = new double[levels];
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] >= 0) {
                distinct[rank[i]] = min + i;
            }
        }
        int[] codes = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            codes[row] = Double.isNaN(values[row]) ? -1 : rank[(int) (values[row] - min)];
        }
        return new Factor(column.name(), codes, labels(distinct));
    }

    private static List<String> labels(double[] distinct) {
        List<String> levels = new ArrayList<>(distinct.length);
        for (double value : distinct) {
            levels.add(label(value));
        }
        return List.copyOf(levels);
    }

    /** A number written as R's {@code as.character} writes it: integers without a decimal point, 15 digits. */
    static String label(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    /** Builds a table from Java arrays (tests, uploads already parsed elsewhere). */
    public static final class Builder {

        private final List<Column> columns = new ArrayList<>();

        public Builder numeric(String name, double... values) {
            columns.add(new NumericColumn(name, values.clone()));
            return this;
        }

        /** Text values; {@code null}, "" and "NA" are missing. */
        public Builder text(String name, String... values) {
            TreeMap<String, Integer> levels = new TreeMap<>();
            for (String value : values) {
                if (!isMissing(value)) {
                    levels.put(value, 0);
                }
            }
            int code = 0;
            for (Map.Entry<String, Integer> level : levels.entrySet()) {
                level.setValue(code++);
            }
            int[] codes = new int[values.length];
            for (int row = 0; row < values.length; row++) {
                codes[row] = isMissing(values[row]) ? -1 : levels.get(values[row]);
            }
            columns.add(new TextColumn(name, codes, List.copyOf(levels.keySet())));
            return this;
        }

        private static boolean isMissing(String value) {
            return value == null || value.isEmpty() || value.equals("NA");
        }

        public SurveyData build() {
            return SurveyData.of(columns);
        }
    }
}
