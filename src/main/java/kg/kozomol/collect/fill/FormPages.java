package kg.kozomol.collect.fill;

import java.util.ArrayList;
import java.util.List;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/**
 * How a form is split into pages without JavaScript: each top-level group or repeat is a page, and the questions
 * between them share one. A page of calculations only has nothing to show and is left out.
 */
public final class FormPages {

    private FormPages() {
    }

    public static List<List<Question>> of(FormModel model) {
        List<List<Question>> pages = new ArrayList<>();
        List<Question> loose = new ArrayList<>();
        for (Question q : model.questions()) {
            if (q.type().isContainer()) {
                add(pages, loose);
                loose = new ArrayList<>();
                pages.add(List.of(q));
            } else {
                loose.add(q);
            }
        }
        add(pages, loose);
        return pages;
    }

    private static void add(List<List<Question>> pages, List<Question> questions) {
        if (questions.stream().anyMatch(q -> q.type() != QuestionType.CALCULATE)) {
            pages.add(List.copyOf(questions));
        }
    }
}
