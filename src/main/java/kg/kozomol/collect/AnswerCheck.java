package kg.kozomol.collect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;

/**
 * Checks a submission's answers against its form on the server with the same expression semantics as the form: a
 * relevant question that is required must be answered, an answer must meet its constraint. Questions inside repeats and
 * expressions using functions the server does not evaluate are left to the phone. The result is recorded with the
 * submission, never a reason to refuse it: the phone already checked, and field data must not be lost.
 */
public final class AnswerCheck {

    public enum Kind {
        REQUIRED, CONSTRAINT
    }

    public record Issue(String question, Kind kind) {
    }

    private AnswerCheck() {
    }

    public static List<Issue> check(FormModel model, SubmissionXml submission, Clock clock) {
        // The first answer at each path, as SubmissionXml.answer gives it, found once rather than once per question.
        Map<String, String> byPath = new HashMap<>();
        for (SubmissionXml.Answer answer : submission.answers()) {
            byPath.putIfAbsent(answer.path(), answer.value());
        }
        Map<String, String> byName = new HashMap<>();
        for (Question q : model.all()) {
            String value = byPath.get(q.path());
            if (value != null) {
                byName.putIfAbsent(q.name(), value);
            }
        }
        List<Issue> issues = new ArrayList<>();
        walk(model.questions(), byName, clock, issues);
        return issues;
    }

    /** Irrelevant groups are skipped with everything in them, as the phone skips them. */
    private static void walk(List<Question> questions, Map<String, String> byName, Clock clock, List<Issue> issues) {
        for (Question q : questions) {
            String value = byName.getOrDefault(q.name(), "");
            Answers answers = answers(byName, value);
            if (q.type() == QuestionType.REPEAT || !holds(q.logic().relevant(), answers, clock, true)) {
                continue;
            }
            if (q.type() == QuestionType.GROUP) {
                walk(q.children(), byName, clock, issues);
            } else if (value.isEmpty() && q.isRequired() && holds(q.logic().required(), answers, clock, false)) {
                issues.add(new Issue(q.name(), Kind.REQUIRED));
            } else if (!value.isEmpty() && !holds(q.logic().constraint(), answers, clock, true)) {
                issues.add(new Issue(q.name(), Kind.CONSTRAINT));
            }
        }
    }

    /** An expression's truth; an empty one, or one the server cannot evaluate, counts as {@code otherwise}. */
    private static boolean holds(String expression, Answers answers, Clock clock, boolean otherwise) {
        if (expression == null) {
            return otherwise;
        }
        try {
            return Expressions.isTrue(Expressions.parse(expression), answers, clock);
        } catch (ExprException e) {
            return otherwise;
        }
    }

    private static Answers answers(Map<String, String> byName, String current) {
        return new Answers() {
            @Override
            public String answer(String name) {
                return byName.get(name);
            }

            @Override
            public String current() {
                return current;
            }
        };
    }
}
