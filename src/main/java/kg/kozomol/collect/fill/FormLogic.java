package kg.kozomol.collect.fill;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.ChoiceFilter;
import kg.kozomol.collect.FormData;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.expr.Answers;
import kg.kozomol.collect.expr.Expr;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;

/**
 * A form's logic applied to answers being filled: relevance, calculations and the checks of required answers,
 * constraints and typed values, all through the one collect expression evaluator. Inside a repeat a name means the
 * question of the same entry when the repeat has one, as ODK resolves it.
 */
public final class FormLogic {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{3})?)?([+-]\\d{2}:\\d{2}|Z)?");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /** A problem with one answer: the form's own message when it has one, else a message key of ours. */
    public record Issue(String key, String formMessage, String messageKey) {
    }

    /** Where a question sits: at the top (repeat null) or in one entry of a repeat. */
    public record Scope(String repeat, int index) {

        public static final Scope TOP = new Scope(null, 0);

        public String key(String name) {
            return FillState.key(repeat, index, name);
        }
    }

    private final FormModel model;
    private final Clock clock;
    private final FormData data;

    public FormLogic(FormModel model, Clock clock) {
        this(model, clock, FormData.NONE);
    }

    /** @param data the form's attached files, which select_one_from_file and pulldata read */
    public FormLogic(FormModel model, Clock clock, FormData data) {
        this.model = model;
        this.clock = clock;
        this.data = data;
    }

    public FormModel model() {
        return model;
    }

    public interface Visitor {
        void visit(Question question, Scope scope);
    }

    /** Visits the relevant questions in document order, entering relevant groups and every entry of relevant repeats. */
    public void walk(List<Question> questions, FillState state, Scope scope, Visitor visitor) {
        walk(questions, state, scope, true, visitor);
    }

    /** Visits every question whether relevant or not, e.g. to read a page's posted answers. */
    public void walkAll(List<Question> questions, FillState state, Visitor visitor) {
        walk(questions, state, Scope.TOP, false, visitor);
    }

    private void walk(List<Question> questions, FillState state, Scope scope, boolean onlyRelevant, Visitor visitor) {
        for (Question q : questions) {
            if (onlyRelevant && !relevant(q, state, scope)) {
                continue;
            }
            visitor.visit(q, scope);
            if (q.type() == QuestionType.GROUP) {
                walk(q.children(), state, scope, onlyRelevant, visitor);
            } else if (q.type() == QuestionType.REPEAT) {
                for (int i = 0; i < state.entries(q.name()); i++) {
                    walk(q.children(), state, new Scope(q.name(), i), onlyRelevant, visitor);
                }
            }
        }
    }

    /** The keys of the relevant questions among these that show something (not groups or calculations). */
    public Set<String> shownKeys(List<Question> questions, FillState state) {
        Set<String> keys = new LinkedHashSet<>();
        walk(questions, state, Scope.TOP, (q, scope) -> {
            if (!q.type().isContainer() && q.type() != QuestionType.CALCULATE) {
                keys.add(scope.key(q.name()));
            }
        });
        return keys;
    }

    /** Answers the form gives before anything is typed: plain defaults (those reading other answers are left to the phone). */
    public void applyDefaults(FillState state) {
        walkAll(model.questions(), state, (q, scope) -> {
            if (q.defaultValue() != null && Expressions.textReferences(q.defaultValue()).isEmpty()
                    && !q.type().isContainer()) {
                state.answer(scope.key(q.name()), q.defaultValue());
            }
        });
    }

    public boolean relevant(Question q, FillState state, Scope scope) {
        return holds(q.logic().relevant(), state, scope, state.answer(scope.key(q.name())), true);
    }

    /** Computes every calculation; twice, so one reading a later one settles too. */
    public void calculate(FillState state) {
        for (int pass = 0; pass < 2; pass++) {
            walk(model.questions(), state, Scope.TOP, (q, scope) -> {
                if (q.logic().calculation() != null) {
                    try {
                        state.answer(scope.key(q.name()), Expressions.text(Expressions.evaluate(
                                Expressions.parse(q.logic().calculation()), answers(state, scope, ""), clock)));
                    } catch (ExprException e) {
                        // A function left to the phone: the web form leaves the value empty.
                    }
                }
            });
        }
    }

    /** The problems of the relevant questions among these (a page, or the whole form when finishing). */
    public List<Issue> check(List<Question> questions, FillState state, String language) {
        List<Issue> issues = new ArrayList<>();
        walk(questions, state, Scope.TOP, (q, scope) -> {
            if (q.type().isContainer() || q.type() == QuestionType.CALCULATE || q.type() == QuestionType.NOTE) {
                return;
            }
            String key = scope.key(q.name());
            String value = state.answer(key);
            if (value.isEmpty()) {
                if (q.isRequired() && holds(q.logic().required(), state, scope, value, false)) {
                    issues.add(new Issue(key, text(q.texts().requiredMessages(), language), "collect.fill.required"));
                }
            } else if (!typed(q.type(), value)) {
                issues.add(new Issue(key, null, "collect.fill.invalid." + q.type().xlsformName()));
            } else if (q.type().isSelect() && !offeredValues(q, state, scope).containsAll(Arrays.asList(value.trim().split("\\s+")))) {
                issues.add(new Issue(key, null, "collect.fill.notOffered"));
            } else if (!holds(q.logic().constraint(), state, scope, value, true)) {
                issues.add(new Issue(key, text(q.texts().constraintMessages(), language), "collect.fill.constraint"));
            }
        });
        return issues;
    }

    /** The choices a select offers now: its list, narrowed by its choice filter to those the answers so far allow. */
    public List<Choice> offered(Question q, FillState state, Scope scope) {
        ChoiceFilter filter = ChoiceFilter.of(q);
        return choices(q).stream().filter(choice -> filter.allows(answers(state, scope, "", choice), clock)).toList();
    }

    /** A select's whole list: the choices sheet's, or the options of its attached file ({@link kg.kozomol.collect.FileChoices}). */
    public List<Choice> choices(Question q) {
        return model.options(q, data);
    }

    /**
     * The rows of the CSVs the form's pulldata calls read, for the browser to evaluate them as the server does: only
     * the columns the calls name (every column when a call computes a column name).
     */
    public Map<String, List<Map<String, String>>> pulldataTables() {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (Question q : model.all()) {
            for (String expression : q.expressions()) {
                try {
                    for (Expr.Call call : Expressions.calls(Expressions.parseFilter(expression), "pulldata")) {
                        if (call.arguments().size() == 4 && call.arguments().get(0) instanceof Expr.Literal file) {
                            Set<String> read = columns.computeIfAbsent(Expressions.text(file.value()), f -> new HashSet<>());
                            for (Expr argument : call.arguments().subList(1, 3)) {
                                read.add(argument instanceof Expr.Literal column ? Expressions.text(column.value()) : "*");
                            }
                        }
                    }
                } catch (ExprException e) {
                    // a form with an unreadable expression is never stored
                }
            }
        }
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        columns.forEach((instance, read) -> tables.put(instance, data.rows(instance + ".csv").stream()
                .map(row -> read.contains("*") ? row : row.entrySet().stream().filter(e -> read.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .toList()));
        return tables;
    }

    private Set<String> offeredValues(Question q, FillState state, Scope scope) {
        Set<String> values = new HashSet<>();
        offered(q, state, scope).forEach(c -> values.add(c.name()));
        if (q.choices().orOther()) {
            values.add("other");
        }
        return values;
    }

    /** Whether a value has the form its type needs; a geopoint is "latitude longitude altitude accuracy". */
    static boolean typed(QuestionType type, String value) {
        return switch (type) {
            case INTEGER -> INTEGER.matcher(value).matches();
            case DECIMAL -> DECIMAL.matcher(value).matches();
            case DATE -> date(value);
            case TIME -> TIME.matcher(value).matches();
            case DATETIME -> DATETIME.matcher(value).matches() && date(value.substring(0, 10));
            case GEOPOINT -> geopoint(value);
            default -> true;
        };
    }

    private static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean geopoint(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        try {
            double latitude = Double.parseDouble(parts[0]);
            double longitude = Double.parseDouble(parts[1]);
            for (int i = 2; i < parts.length; i++) {
                Double.parseDouble(parts[i]);
            }
            return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The text in a language, else the form's default language; null when the form has none. */
    String text(Map<String, String> texts, String language) {
        return model.text(texts, language);
    }

    /** An expression's truth; an empty one, or one the server cannot evaluate, counts as {@code otherwise}. */
    private boolean holds(String expression, FillState state, Scope scope, String current, boolean otherwise) {
        if (expression == null) {
            return otherwise;
        }
        try {
            return Expressions.isTrue(Expressions.parse(expression), answers(state, scope, current), clock);
        } catch (ExprException e) {
            return otherwise;
        }
    }

    private Answers answers(FillState state, Scope scope, String current) {
        return answers(state, scope, current, null);
    }

    /** The answers as expressions read them; a choice filter also reads the columns of the choice it is trying. */
    private Answers answers(FillState state, Scope scope, String current, Choice choice) {
        return new Answers() {
            @Override
            public String column(String name) {
                return choice == null ? "" : choice.column(name);
            }

            @Override
            public String answer(String name) {
                if (scope.repeat() != null && state.answers().containsKey(scope.key(name))) {
                    return state.answer(scope.key(name));
                }
                if (scope.repeat() != null && inRepeat(scope.repeat(), name)) {
                    return "";
                }
                return state.answer(name);
            }

            @Override
            public String current() {
                return current;
            }

            @Override
            public String pulldata(String instance, String column, String keyColumn, String key) {
                return data.pulldata(instance, column, keyColumn, key);
            }
        };
    }

    private boolean inRepeat(String repeat, String name) {
        return model.find(repeat).map(r -> r.children().stream().anyMatch(c -> c.name().equals(name))).orElse(false);
    }
}
