package kg.kozomol.stats.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a CSV file into primitive columns. The first pass counts records and checks the shape, so the second pass
 * writes every value straight into an array of the final size: the table never exists as strings. A column is
 * numeric when all its non-missing cells are numbers, otherwise text; empty cells and "NA" are missing.
 */
public final class CsvTable {

    /** What a column became: a name and either numbers or codes into sorted levels. */
    public record ParsedColumn(String name, double[] numbers, int[] codes, List<String> levels) {

        public boolean numeric() {
            return numbers != null;
        }
    }

    /** Thrown with the problem's arguments; the caller turns it into its own exception type. */
    public static final class Failure extends RuntimeException {

        /** What is wrong with the file. */
        public enum Kind { DUPLICATE_COLUMN, FIELD_COUNT, UNKNOWN_COLUMN, MALFORMED }

        public final Kind kind;
        public final Object[] args;

        Failure(Kind kind, Object... args) {
            super(kind + Arrays.toString(args));
            this.kind = kind;
            this.args = args;
        }
    }

    private final Supplier<InputStream> source;

    private CsvTable(Supplier<InputStream> source) {
        this.source = source;
    }

    /**
     * Reads the columns named in {@code wanted} (all when null). {@code source} must open the same bytes each time
     * it is called; it is called two or three times.
     */
    public static List<ParsedColumn> read(Supplier<InputStream> source, Collection<String> wanted) {
        return new CsvTable(source).read(wanted);
    }

    private List<ParsedColumn> read(Collection<String> wanted) {
        Shape shape = shape();
        int[] selected = select(shape.header, wanted);
        Sink[] sinks = new Sink[shape.header.size()];
        for (int column : selected) {
            sinks[column] = new NumberSink(shape.records);
        }
        Set<Integer> retry = parse(sinks);
        if (!retry.isEmpty()) {
            Sink[] textSinks = new Sink[sinks.length];
            for (int column : retry) {
                textSinks[column] = new TextSink(shape.records);
                sinks[column] = textSinks[column];
            }
            parse(textSinks);
        }
        List<ParsedColumn> columns = new ArrayList<>();
        for (int column : selected) {
            columns.add(sinks[column].finish(shape.header.get(column)));
        }
        return columns;
    }

    private record Shape(List<String> header, int records) {
    }

    private Shape shape() {
        try (InputStream in = source.get()) {
            CsvScanner scanner = new CsvScanner(in);
            List<String> header = new ArrayList<>();
            while (scanner.next()) {
                header.add(new String(scanner.bytes(), scanner.offset(), scanner.length(), StandardCharsets.UTF_8));
                if (scanner.endOfRecord()) {
                    break;
                }
            }
            Set<String> seen = new HashSet<>();
            for (String name : header) {
                if (!seen.add(name)) {
                    throw new Failure(Failure.Kind.DUPLICATE_COLUMN, name);
                }
            }
            int records = 0;
            int fields = 0;
            while (scanner.next()) {
                fields++;
                if (scanner.endOfRecord()) {
                    if (!(fields == 1 && scanner.length() == 0 && !scanner.quoted())) {
                        if (fields != header.size()) {
                            throw new Failure(Failure.Kind.FIELD_COUNT, scanner.recordLine(), header.size(), fields);
                        }
                        records++;
                    }
                    fields = 0;
                }
            }
            return new Shape(header, records);
        } catch (CsvScanner.MalformedCsv e) {
            throw new Failure(Failure.Kind.MALFORMED, e.line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int[] select(List<String> header, Collection<String> wanted) {
        if (wanted == null) {
            int[] all = new int[header.size()];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] selected = new int[wanted.size()];
        int i = 0;
        for (String name : wanted) {
            int column = header.indexOf(name);
            if (column < 0) {
                throw new Failure(Failure.Kind.UNKNOWN_COLUMN, name);
            }
            selected[i++] = column;
        }
        return selected;
    }

    /** Parses every record into the sinks; returns the columns that turned out to hold text after numbers. */
    private Set<Integer> parse(Sink[] sinks) {
        Set<Integer> retry = new HashSet<>();
        try (InputStream in = source.get()) {
            CsvScanner scanner = new CsvScanner(in);
            while (scanner.next() && !scanner.endOfRecord()) {
                // header
            }
            int record = 0;
            int column = 0;
            while (scanner.next()) {
                boolean end = scanner.endOfRecord();
                if (column == 0 && end && scanner.length() == 0 && !scanner.quoted()) {
                    continue;
                }
                Sink sink = sinks[column];
                if (sink != null && !sink.accept(record, scanner.bytes(), scanner.offset(), scanner.length())) {
                    sinks[column] = null;
                    retry.add(column);
                }
                column++;
                if (end) {
                    column = 0;
                    record++;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return retry;
    }

    private interface Sink {

        /** Stores the cell; false when a numeric column meets text after numbers (the column is read again). */
        boolean accept(int row, byte[] bytes, int offset, int length);

        ParsedColumn finish(String name);
    }

    /**
     * Numbers until the first text cell. The array is allocated with the first number, so a column that starts with
     * text (after nothing but missing cells) becomes text in place without ever holding doubles.
     */
    private static final class NumberSink implements Sink {

        private final int rows;
        private double[] values;
        private TextSink text;

        NumberSink(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean accept(int row, byte[] bytes, int offset, int length) {
            if (text != null) {
                return text.accept(row, bytes, offset, length);
            }
            double value = Numbers.parse(bytes, offset, length);
            if (!Double.isNaN(value)) {
                if (values == null) {
                    values = new double[rows];
                    Arrays.fill(values, 0, row, Double.NaN);
                }
                values[row] = value;
                return true;
            }
            if (Numbers.isMissing(bytes, offset, length)) {
                if (values != null) {
                    values[row] = Double.NaN;
                }
                return true;
            }
            if (values != null) {
                return false;
            }
            text = new TextSink(rows);
            Arrays.fill(text.codes, 0, row, -1);
            return text.accept(row, bytes, offset, length);
        }

        @Override
        public ParsedColumn finish(String name) {
            if (text != null) {
                return text.finish(name);
            }
            if (values == null) {
                values = new double[rows];
                Arrays.fill(values, Double.NaN);
            }
            return new ParsedColumn(name, values, null, null);
        }
    }

    /** Codes into the distinct byte strings seen, found by an open-addressing hash without decoding each cell. */
    private static final class TextSink implements Sink {

        private final int[] codes;
        private final List<byte[]> levels = new ArrayList<>();
        private int[] table = new int[64];

        TextSink(int rows) {
            codes = new int[rows];
            Arrays.fill(table, -1);
        }

        @Override
        public boolean accept(int row, byte[] bytes, int offset, int length) {
            codes[row] = length == 0 || (length == 2 && bytes[offset] == 'N' && bytes[offset + 1] == 'A') ? -1
                    : code(bytes, offset, length);
            return true;
        }

        private int code(byte[] bytes, int offset, int length) {
            int hash = 0x811C9DC5;
            for (int i = offset; i < offset + length; i++) {
                hash = (hash ^ bytes[i]) * 0x01000193;
            }
            int mask = table.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int code = table[slot];
                if (code < 0) {
                    levels.add(Arrays.copyOfRange(bytes, offset, offset + length));
                    table[slot] = levels.size() - 1;
                    if (levels.size() * 2 > table.length) {
                        grow();
                    }
                    return levels.size() - 1;
                }
                if (Arrays.equals(levels.get(code), 0, levels.get(code).length, bytes, offset, offset + length)) {
                    return code;
                }
            }
        }

        private void grow() {
            table = new int[table.length * 2];
            Arrays.fill(table, -1);
            int mask = table.length - 1;
            for (int code = 0; code < levels.size(); code++) {
                byte[] level = levels.get(code);
                int hash = 0x811C9DC5;
                for (byte b : level) {
                    hash = (hash ^ b) * 0x01000193;
                }
                int slot = hash & mask;
                while (table[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = code;
            }
        }

        @Override
        public ParsedColumn finish(String name) {
            String[] names = new String[levels.size()];
            for (int code = 0; code < names.length; code++) {
                names[code] = new String(levels.get(code), StandardCharsets.UTF_8);
            }
            String[] sorted = names.clone();
            Arrays.sort(sorted);
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < sorted.length; i++) {
                rank.put(sorted[i], i);
            }
            int[] recode = new int[names.length];
            for (int code = 0; code < names.length; code++) {
                recode[code] = rank.get(names[code]);
            }
            for (int row = 0; row < codes.length; row++) {
                if (codes[row] >= 0) {
                    codes[row] = recode[codes[row]];
                }
            }
            return new ParsedColumn(name, null, codes, List.of(sorted));
        }
    }
}
