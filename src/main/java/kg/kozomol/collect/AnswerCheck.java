package kg.kozomol.collect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;
import kg.kozomol.collect.expr.UnsupportedFunctionException;

/**
 * Checks a submission's answers against its form on the server with the same expression semantics as the form: a
 * relevant question that is required must be answered, an answer must meet its constraint, and a select's answer must
 * be among the choices its list (or its attached file) offers, narrowed by its choice filter. pulldata reads the form's
 * attached CSVs as the web form does. Questions inside repeats and expressions using functions the server does not
 * evaluate are left to the phone. The result is recorded with the submission, never a reason to refuse it: the phone
 * already checked, and field data must not be lost.
 */
public final class AnswerCheck {

    public enum Kind {
        REQUIRED, CONSTRAINT, CHOICE
    }

    public record Issue(String question, Kind kind) {
    }

    private AnswerCheck() {
    }

    public static List<Issue> check(FormModel model, SubmissionXml submission, Clock clock) {
        return check(model, FormData.NONE, submission, clock);
    }

    /** @param data the form's attached files, which select_one_from_file and pulldata read */
    public static List<Issue> check(FormModel model, FormData data, SubmissionXml submission, Clock clock) {
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
        new AnswerCheck.Walk(model, data, byName, clock, issues).walk(model.questions());
        return issues;
    }

    private record Walk(FormModel model, FormData data, Map<String, String> byName, Clock clock, List<Issue> issues) {

        /** Irrelevant groups are skipped with everything in them, as the phone skips them. */
        void walk(List<Question> questions) {
            for (Question q : questions) {
                String value = byName.getOrDefault(q.name(), "");
                Answers answers = answers(byName, data, value, null);
                if (q.type() == QuestionType.REPEAT || !holds(q.logic().relevant(), answers, clock, true)) {
                    continue;
                }
                if (q.type() == QuestionType.GROUP) {
                    walk(q.children());
                } else if (value.isEmpty() && q.isRequired() && holds(q.logic().required(), answers, clock, false)) {
                    issues.add(new Issue(q.name(), Kind.REQUIRED));
                } else if (!value.isEmpty() && q.type().isSelect() && !offered(q, value)) {
                    issues.add(new Issue(q.name(), Kind.CHOICE));
                } else if (!value.isEmpty() && !holds(q.logic().constraint(), answers, clock, true)) {
                    issues.add(new Issue(q.name(), Kind.CONSTRAINT));
                }
            }
        }

        /**
         * Whether every chosen value is in the select's list (or file) and passes its choice filter. An empty list (a
         * file not attached) and a filter the server cannot evaluate pass.
         */
        private boolean offered(Question q, String value) {
            Map<String, Choice> list = q.choices().file() != null ? data.choices(q.choices().file()).byValue()
                    : q.choices().listName() == null ? Map.of() : byValue(model.choices().getOrDefault(q.choices().listName(), List.of()));
            if (list.isEmpty()) {
                return true;
            }
            ChoiceFilter filter = ChoiceFilter.of(q);
            for (String chosen : q.type() == QuestionType.SELECT_MULTIPLE ? value.strip().split("\\s+") : new String[] {value.strip()}) {
                if (q.choices().orOther() && chosen.equals("other")) {
                    continue;
                }
                Choice choice = list.get(chosen);
                if (choice == null || !filter.allows(answers(byName, data, "", choice), clock)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Map<String, Choice> byValue(List<Choice> list) {
        Map<String, Choice> byValue = new HashMap<>();
        list.forEach(choice -> byValue.putIfAbsent(choice.name(), choice));
        return byValue;
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

    private static Answers answers(Map<String, String> byName, FormData data, String current, Choice choice) {
        return new Answers() {
            @Override
            public String column(String name) {
                return choice == null ? "" : choice.column(name);
            }

            @Override
            public String answer(String name) {
                return byName.get(name);
            }

            @Override
            public String current() {
                return current;
            }

            /** A CSV not attached (any more) is left to the phone, which had it, rather than read as empty. */
            @Override
            public String pulldata(String instance, String column, String keyColumn, String key) {
                if (data.rows(instance + ".csv").isEmpty()) {
                    throw new UnsupportedFunctionException("pulldata");
                }
                return data.pulldata(instance, column, keyColumn, key);
            }
        };
    }
}
