package kg.kozomol.collect.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import kg.kozomol.collect.review.AnswerNode;
import kg.kozomol.collect.review.AnswerTrees;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.collect.review.StoredAnswers;

/**
 * A submission's rows in one export table. The main table's answers come straight from the stored answers, or the XML's
 * events for a submission stored before them (one row, no tree: this is the wide, hot case); a repeat's from the answer tree, one row per instance with its KEY and its
 * parent's as ODK Central writes them ({@code uuid:…/toilets[2]}). Not thread-safe: one per export pass.
 */
final class TableRows {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final FormTexts texts;
    private final ExportOptions options;
    private final ExportTable table;
    private final AnswerPaths paths = new AnswerPaths();
    /** Per column, its path's slot among the answers read. */
    private final int[] slots;
    private final AnswerExtractor extractor;

    TableRows(FormTexts texts, ExportOptions options, ExportTable table) {
        this.texts = texts;
        this.options = options;
        this.table = table;
        this.slots = table.columns().stream().mapToInt(c -> paths.slot(c.steps())).toArray();
        this.extractor = table.isMain() ? new AnswerExtractor(paths) : null;
    }

    void write(SubmissionExports.Exported submission, Consumer<String[]> rows) {
        if (table.isMain()) {
            String[] answers = extractor.read(submission.answers(), submission.xml());
            rows.accept(cells(answers, submission, submission.instanceId(), null));
            return;
        }
        AnswerNode root = submission.answers() != null ? StoredAnswers.tree(submission.answers()) : AnswerTrees.read(submission.xml()).root();
        for (Instance instance : instances(table, root, submission.instanceId())) {
            String[] answers = new String[paths.paths().size()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = instance.node().value(paths.paths().get(i)).orElse(null);
            }
            rows.accept(cells(answers, submission, instance.key(), instance.parentKey()));
        }
    }

    /** A row's node with its KEY and its parent's. */
    private record Instance(AnswerNode node, String key, String parentKey) {
    }

    private static List<Instance> instances(ExportTable table, AnswerNode root, String instanceId) {
        if (table.isMain()) {
            return List.of(new Instance(root, instanceId, null));
        }
        List<Instance> instances = new ArrayList<>();
        for (Instance parent : instances(table.parent(), root, instanceId)) {
            List<String> steps = table.steps();
            Optional<AnswerNode> holder = Optional.of(parent.node());
            for (String step : steps.subList(0, steps.size() - 1)) {
                holder = holder.flatMap(n -> n.child(step));
            }
            List<AnswerNode> repeats = holder.map(n -> n.all(steps.get(steps.size() - 1))).orElse(List.of());
            for (int i = 0; i < repeats.size(); i++) {
                instances.add(new Instance(repeats.get(i), parent.key() + "/" + table.name() + "[" + (i + 1) + "]", parent.key()));
            }
        }
        return instances;
    }

    /** {@code answers} by slot, null where the submission has none. */
    private String[] cells(String[] answers, SubmissionExports.Exported submission, String key, String parentKey) {
        List<ExportTable.Column> columns = table.columns();
        String[] cells = new String[columns.size() + (table.isMain() ? 6 : 2)];
        int c = 0;
        if (table.isMain()) {
            cells[c++] = submission.receivedAt().toString();
        }
        // A select_multiple's 0/1 columns follow its own column: its answer is split once for all of them.
        String[] chosen = null;
        for (int i = 0; i < columns.size(); i++) {
            ExportTable.Column column = columns.get(i);
            String value = answers[slots[i]] == null ? "" : answers[slots[i]];
            if (column.choice() == null) {
                cells[c++] = options.labels() ? texts.display(column.question(), value) : value;
                chosen = null;
            } else {
                if (chosen == null) {
                    chosen = WHITESPACE.split(value);
                }
                cells[c++] = value.isEmpty() ? "" : contains(chosen, column.choice()) ? "1" : "0";
            }
        }
        if (table.isMain()) {
            cells[c++] = submission.instanceId();
            cells[c++] = submission.instanceId();
            cells[c++] = submission.appUserName();
            cells[c++] = submission.status();
            cells[c] = submission.formVersion();
        } else {
            cells[c++] = parentKey;
            cells[c] = key;
        }
        return cells;
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
