package kg.kozomol.collect.export;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.review.FormTexts;

/**
 * One table of an export: the submissions themselves, or the instances of one repeat, linked to the table above by
 * PARENT_KEY as ODK Central does. {@code steps} lead from the parent table's node to this repeat's elements (the last
 * step is the repeat's name); headers are the questions' paths below the root, with {@code /} between groups.
 */
record ExportTable(String name, ExportTable parent, List<String> steps, List<Column> columns) {

    /** A question's column; {@code choice} is set for a select_multiple's 0/1 column of one choice. */
    record Column(String header, Question question, List<String> steps, String choice) {
    }

    boolean isMain() {
        return parent == null;
    }

    /** The main table first, then every repeat (outer before inner). */
    static List<ExportTable> of(String formName, FormTexts texts, boolean split) {
        List<ExportTable> tables = new ArrayList<>();
        ExportTable main = new ExportTable(formName, null, List.of(), new ArrayList<>());
        tables.add(main);
        add(texts, texts.model().questions(), main, "", List.of(), split, tables);
        return tables;
    }

    private static void add(FormTexts texts, List<Question> questions, ExportTable table, String prefix, List<String> steps,
            boolean split, List<ExportTable> tables) {
        for (Question question : questions) {
            String header = prefix + question.name();
            List<String> path = append(steps, question.name());
            if (question.type() == QuestionType.REPEAT) {
                ExportTable repeat = new ExportTable(question.name(), table, path, new ArrayList<>());
                tables.add(repeat);
                add(texts, question.children(), repeat, header + "/", List.of(), split, tables);
            } else if (question.type() == QuestionType.GROUP) {
                add(texts, question.children(), table, header + "/", path, split, tables);
            } else if (question.type() != QuestionType.NOTE) {
                table.columns().add(new Column(header, question, path, null));
                if (split && question.type() == QuestionType.SELECT_MULTIPLE) {
                    for (Choice choice : texts.choices(question)) {
                        table.columns().add(new Column(header + "/" + choice.name(), question, path, choice.name()));
                    }
                }
            }
        }
    }

    private static List<String> append(List<String> steps, String name) {
        List<String> path = new ArrayList<>(steps);
        path.add(name);
        return List.copyOf(path);
    }
}
