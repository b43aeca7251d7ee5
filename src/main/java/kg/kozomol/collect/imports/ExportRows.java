package kg.kozomol.collect.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.kozomol.collect.Question;
import kg.kozomol.tables.RawTable;
import kg.kozomol.tables.TableFiles;
import kg.kozomol.tables.TableVisitor;

/**
 * Reads an export row by row into submissions: first the repeat sheets (entries kept by the key of the row they
 * belong to; an entry of a nested repeat is put inside its parent entry), then the main sheet streamed, each row
 * checked cell by cell and handed on with its instance id and repeat entries. A row with problems is reported and not
 * handed on, and so is a repeat entry whose parent row is not in the file.
 */
final class ExportRows {

    /** Receives every row without problems. */
    interface Sink {
        void row(int row, String instanceId, boolean generated, InstanceXml.Entry entry);
    }

    private final ExportLayout layout;
    private final boolean generateIds;
    private final ImportReport.Tally tally;

    ExportRows(ExportLayout layout, boolean generateIds, ImportReport.Tally tally) {
        this.layout = layout;
        this.generateIds = generateIds;
        this.tally = tally;
    }

    void read(TableFiles.Source source, Sink sink) throws IOException {
        RepeatSheets repeatSheets = new RepeatSheets();
        source.stream(repeatSheets);
        Map<String, List<RepeatRow>> topLevel = repeatSheets.linkNested();
        source.stream(new MainSheet(topLevel, sink));
        topLevel.values().forEach(rows -> rows.forEach(this::orphan));
    }

    /** One row of a repeat sheet: where it came from, the key of the row it belongs to, and its answers. */
    private record RepeatRow(String sheet, int row, Question repeat, String parentKey, InstanceXml.Entry entry) {
    }

    private void orphan(RepeatRow row) {
        tally.problem(RowProblem.of(row.sheet(), row.row(), null, "noParentRow", row.parentKey()));
    }

    /** The cells of one row as answers by question path; problems go to the tally. */
    private InstanceXml.Entry entry(String sheet, List<String> header, List<ExportColumn> columns, RawTable.Row row) {
        // Looked up by path only (in no order), and sized not to grow: one map a row, the flags' only when they are met.
        Map<String, String> answers = new HashMap<>(columns.size() * 2);
        Map<String, List<String>> flagged = null;
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn column = columns.get(i);
            String cell = row.cell(i);
            String value = cell == null ? "" : cell.strip();
            if (column.kind() == ExportColumn.Kind.ANSWER) {
                String problem = ValueCheck.problem(layout, column.question(), value);
                if (problem != null) {
                    tally.problem(RowProblem.of(sheet, row.number(), header.get(i), problem, value));
                }
                answers.put(column.question().path(), value);
            } else if (column.kind() == ExportColumn.Kind.OPTION) {
                if (!ValueCheck.isFlag(value)) {
                    tally.problem(RowProblem.of(sheet, row.number(), header.get(i), "notFlag", value));
                }
                if (flagged == null) {
                    flagged = new HashMap<>();
                }
                List<String> chosen = flagged.computeIfAbsent(column.question().path(), p -> new ArrayList<>(4));
                if (ValueCheck.isSet(value)) {
                    chosen.add(column.option());
                }
            }
        }
        // Kobo's default export has both forms of a select_multiple: a filled single column wins over the 0/1 columns.
        if (flagged != null) {
            flagged.forEach((path, chosen) -> {
                if (answers.getOrDefault(path, "").isEmpty()) {
                    answers.put(path, String.join(" ", chosen));
                }
            });
        }
        return new InstanceXml.Entry(answers, new HashMap<>());
    }

    private static String cell(RawTable.Row row, List<ExportColumn> columns, ExportColumn.Kind kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind && row.cell(i) != null && !row.cell(i).isBlank()) {
                return row.cell(i).strip();
            }
        }
        return null;
    }

    /** 8-4-4-4-12 hex digits, as Kobo's _uuid; checked without a matcher per row. */
    static boolean isBareUuid(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean fits = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private void unknownColumns(String sheet, List<String> header, List<ExportColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == ExportColumn.Kind.UNKNOWN) {
                tally.problem(RowProblem.of(sheet, 1, header.get(i), "unknownColumn", header.get(i)));
            }
        }
    }

    private final class RepeatSheets implements TableVisitor {

        private final List<RepeatRow> rows = new ArrayList<>();
        /** Entries by repeat path and their own key (KEY, or _index within the sheet), for nested entries to find. */
        private final Map<String, Map<String, InstanceXml.Entry>> byOwnKey = new HashMap<>();
        private boolean first = true;
        private String sheet;
        private Question repeat;
        private List<String> header;
        private List<ExportColumn> columns;

        @Override
        public boolean sheet(String name, List<String> header) {
            boolean main = first;
            first = false;
            repeat = main ? null : layout.repeatOfSheet(name).orElse(null);
            if (repeat == null) {
                return false;
            }
            this.sheet = name;
            this.header = header;
            this.columns = layout.columns(header, repeat);
            unknownColumns(name, header, columns);
            if (!columns.contains(ExportColumn.PARENT)) {
                tally.problem(RowProblem.of(name, 1, null, "noParentKey", name));
            }
            return true;
        }

        @Override
        public void row(RawTable.Row row) {
            InstanceXml.Entry entry = entry(sheet, header, columns, row);
            String parent = cell(row, columns, ExportColumn.Kind.PARENT_KEY);
            String own = cell(row, columns, ExportColumn.Kind.OWN_KEY);
            if (own != null) {
                byOwnKey.computeIfAbsent(repeat.path(), p -> new HashMap<>()).put(own, entry);
            }
            if (parent != null) {
                rows.add(new RepeatRow(sheet, row.number(), repeat, parent, entry));
            }
        }

        /**
         * Puts each nested entry inside the entry it belongs to, whatever order the sheets came in, and returns the
         * top-level entries by the key of their submission's row.
         */
        Map<String, List<RepeatRow>> linkNested() {
            Map<String, List<RepeatRow>> topLevel = new HashMap<>();
            for (RepeatRow row : rows) {
                Question enclosing = layout.nearestRepeat(row.repeat()).orElse(null);
                if (enclosing == null) {
                    topLevel.computeIfAbsent(row.parentKey(), k -> new ArrayList<>()).add(row);
                    continue;
                }
                InstanceXml.Entry parent = byOwnKey.getOrDefault(enclosing.path(), Map.of()).get(row.parentKey());
                if (parent == null) {
                    orphan(row);
                } else {
                    parent.repeats().computeIfAbsent(row.repeat().path(), p -> new ArrayList<>()).add(row.entry());
                }
            }
            return topLevel;
        }
    }

    private final class MainSheet implements TableVisitor {

        private final Map<String, List<RepeatRow>> repeats;
        private final Sink sink;
        private boolean first = true;
        private String sheet;
        private List<String> header;
        private List<ExportColumn> columns;

        MainSheet(Map<String, List<RepeatRow>> repeats, Sink sink) {
            this.repeats = repeats;
            this.sink = sink;
        }

        @Override
        public boolean sheet(String name, List<String> header) {
            if (!first) {
                return false;
            }
            first = false;
            this.sheet = name;
            this.header = header;
            this.columns = layout.columns(header, null);
            unknownColumns(name, header, columns);
            return true;
        }

        @Override
        public void row(RawTable.Row row) {
            tally.rows++;
            long before = tally.problemCount();
            InstanceXml.Entry entry = entry(sheet, header, columns, row);
            String instanceId = cell(row, columns, ExportColumn.Kind.INSTANCE_ID);
            boolean generated = instanceId == null;
            if (generated && !generateIds) {
                tally.problem(RowProblem.of(sheet, row.number(), null, "noInstanceId"));
            } else if (generated) {
                // Derived from the row, so importing the same file again finds the same ids.
                instanceId = "uuid:" + UUID.nameUUIDFromBytes(String.join("\u001f", row.cells()).getBytes(StandardCharsets.UTF_8));
            } else if (isBareUuid(instanceId)) {
                instanceId = "uuid:" + instanceId; // Kobo's _uuid is the instanceID without its prefix
            }
            String key = cell(row, columns, ExportColumn.Kind.OWN_KEY);
            List<RepeatRow> entries = key == null ? null : repeats.remove(key);
            if (entries == null && instanceId != null) {
                entries = repeats.remove(instanceId);
            }
            if (entries != null) {
                entries.forEach(r -> entry.repeats().computeIfAbsent(r.repeat().path(), p -> new ArrayList<>()).add(r.entry()));
            }
            if (tally.problemCount() == before) {
                sink.row(row.number(), instanceId, generated, entry);
            }
        }
    }
}
