package kg.kozomol.collect.review;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/** The first questions of a form (outside repeats) as columns of the submissions table, and a submission's cells. */
public final class TableColumns {

    private TableColumns() {
    }

    public record Column(String path, String label, Question question) {
    }

    public static List<Column> of(FormTexts texts, int count) {
        List<Column> columns = new ArrayList<>();
        add(texts, texts.model().questions(), "", count, columns);
        return columns;
    }

    public static List<String> cells(FormTexts texts, List<Column> columns, AnswerNode root) {
        return columns.stream().map(c -> texts.display(c.question(), root.value(List.of(c.path().split("/"))).orElse(""))).toList();
    }

    private static void add(FormTexts texts, List<Question> questions, String prefix, int count, List<Column> into) {
        for (Question question : questions) {
            if (into.size() >= count) {
                return;
            }
            if (question.type() == QuestionType.GROUP) {
                add(texts, question.children(), prefix + question.name() + "/", count, into);
            } else if (question.type() != QuestionType.REPEAT && question.type() != QuestionType.NOTE) {
                into.add(new Column(prefix + question.name(), texts.label(question), question));
            }
        }
    }
}
