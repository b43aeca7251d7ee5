package kg.kozomol.collect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.Expr;
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

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FormModel model;
    private final FormData data;
    /** Worked out once per checker rather than once per submission: parsed expressions, choice lists, filters. */
    private final Map<String, Optional<Expr>> expressions = new HashMap<>();
    private final Map<String, Map<String, Choice>> lists = new HashMap<>();
    private final Map<String, ChoiceFilter> filters = new HashMap<>();

    /** Where each path and each name is among all questions, so that a submission's answers go into an array. */
    private final int size;
    private final Map<String, int[]> slotsByPath;
    private final Map<String, int[]> slotsByName;

    private AnswerCheck(FormModel model, FormData data) {
        this.model = model;
        this.data = data;
        List<Question> all = model.all();
        this.size = all.size();
        this.slotsByPath = slots(all, Question::path);
        this.slotsByName = slots(all, Question::name);
    }

    private static Map<String, int[]> slots(List<Question> all, Function<Question, String> key) {
        Map<String, int[]> slots = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            int[] known = slots.get(key.apply(all.get(i)));
            int[] more = known == null ? new int[1] : Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = i;
            slots.put(key.apply(all.get(i)), more);
        }
        return slots;
    }

    /**
     * A checker of many submissions of one form, which parses each expression and indexes each choice list once. Not
     * thread-safe.
     *
     * @param data the form's attached files, which select_one_from_file and pulldata read
     */
    public static AnswerCheck of(FormModel model, FormData data) {
        return new AnswerCheck(model, data);
    }

    public static List<Issue> check(FormModel model, SubmissionXml submission, Clock clock) {
        return check(model, FormData.NONE, submission, clock);
    }

    /** @param data the form's attached files, which select_one_from_file and pulldata read */
    public static List<Issue> check(FormModel model, FormData data, SubmissionXml submission, Clock clock) {
        return of(model, data).check(submission, clock);
    }

    public List<Issue> check(SubmissionXml submission, Clock clock) {
        // The first answer at each question's path, as SubmissionXml.answer gives it, found once rather than once per
        // question, by the question's place among all questions.
        String[] values = new String[size];
        for (SubmissionXml.Answer answer : submission.answers()) {
            int[] slots = slotsByPath.get(answer.path());
            if (slots != null && values[slots[0]] == null) {
                for (int slot : slots) {
                    values[slot] = answer.value();
                }
            }
        }
        List<Issue> issues = new ArrayList<>();
        new Walk(name -> byName(values, name), clock, issues).walk(model.questions());
        return issues;
    }

    /** The answer to the first question (depth-first) with this name that has one; null when none has. */
    private String byName(String[] values, String name) {
        int[] slots = slotsByName.get(name);
        if (slots != null) {
            for (int slot : slots) {
                if (values[slot] != null) {
                    return values[slot];
                }
            }
        }
        return null;
    }

    private final class Walk {
        private final UnaryOperator<String> byName;
        private final Clock clock;
        private final List<Issue> issues;

        Walk(UnaryOperator<String> byName, Clock clock, List<Issue> issues) {
            this.byName = byName;
            this.clock = clock;
            this.issues = issues;
        }

        /** Irrelevant groups are skipped with everything in them, as the phone skips them. */
        void walk(List<Question> questions) {
            for (Question q : questions) {
                String value = Objects.requireNonNullElse(byName.apply(q.name()), "");
                if (q.type() == QuestionType.REPEAT || !holds(q.logic().relevant(), value, true)) {
                    continue;
                }
                if (q.type() == QuestionType.GROUP) {
                    walk(q.children());
                } else if (value.isEmpty() && q.isRequired() && holds(q.logic().required(), value, false)) {
                    issues.add(new Issue(q.name(), Kind.REQUIRED));
                } else if (!value.isEmpty() && q.type().isSelect() && !offered(q, value)) {
                    issues.add(new Issue(q.name(), Kind.CHOICE));
                } else if (!value.isEmpty() && !holds(q.logic().constraint(), value, true)) {
                    issues.add(new Issue(q.name(), Kind.CONSTRAINT));
                }
            }
        }

        /** An expression's truth; an empty one, or one the server cannot evaluate, counts as {@code otherwise}. */
        private boolean holds(String expression, String current, boolean otherwise) {
            Optional<Expr> parsed = expression == null ? Optional.empty() : expression(expression);
            if (parsed.isEmpty()) {
                return otherwise;
            }
            try {
                return Expressions.isTrue(parsed.get(), answers(byName, data, current, null), clock);
            } catch (ExprException e) {
                return otherwise;
            }
        }

        /**
         * Whether every chosen value is in the select's list (or file) and passes its choice filter. An empty list (a
         * file not attached) and a filter the server cannot evaluate pass.
         */
        private boolean offered(Question q, String value) {
            Map<String, Choice> list = q.choices().file() != null ? data.choices(q.choices().file()).byValue()
                    : q.choices().listName() == null ? Map.of()
                    : lists.computeIfAbsent(q.choices().listName(), name -> byValue(model.choices().getOrDefault(name, List.of())));
            if (list.isEmpty()) {
                return true;
            }
            ChoiceFilter filter = filters.computeIfAbsent(q.path(), path -> ChoiceFilter.of(q));
            for (String chosen : q.type() == QuestionType.SELECT_MULTIPLE ? SPACES.split(value.strip()) : new String[] {value.strip()}) {
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

    /** The expression parsed, once; empty when the server cannot parse it. */
    private Optional<Expr> expression(String source) {
        Optional<Expr> parsed = expressions.get(source);
        if (parsed == null) {
            try {
                parsed = Optional.of(Expressions.parse(source));
            } catch (ExprException e) {
                parsed = Optional.empty();
            }
            expressions.put(source, parsed);
        }
        return parsed;
    }

    private static Map<String, Choice> byValue(List<Choice> list) {
        Map<String, Choice> byValue = new HashMap<>();
        list.forEach(choice -> byValue.putIfAbsent(choice.name(), choice));
        return byValue;
    }

    private static Answers answers(UnaryOperator<String> byName, FormData data, String current, Choice choice) {
        return new Answers() {
            @Override
            public String column(String name) {
                return choice == null ? "" : choice.column(name);
            }

            @Override
            public String answer(String name) {
                return byName.apply(name);
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
