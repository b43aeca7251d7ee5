package kg.kozomol.collect.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.ItemsFile;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.expr.Expr;
import kg.kozomol.collect.expr.ExprException;
import kg.kozomol.collect.expr.Expressions;

/**
 * Checks every expression of a built form: it must parse, call only known functions, refer only to questions that
 * exist, and calculations and relevance conditions must not depend on themselves through a chain of references.
 */
final class FormChecker {

    private final FormModel model;
    private final Sheet survey;
    private final Problems problems;
    private final Map<String, Question> byName = new HashMap<>();

    FormChecker(FormModel model, Sheet survey, Problems problems) {
        this.model = model;
        this.survey = survey;
        this.problems = problems;
        model.all().forEach(q -> byName.putIfAbsent(q.name(), q));
    }

    void check() {
        if (survey == null) {
            return;
        }
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        for (Question q : model.all()) {
            Sheet.Row row = row(q);
            if (row == null) {
                continue; // the generated "_other" question: its select's row is checked already
            }
            Set<String> deps = new LinkedHashSet<>();
            deps.addAll(expression(q, row, "calculation", q.logic().calculation()));
            deps.addAll(expression(q, row, "relevant", q.logic().relevant()));
            dependsOn.put(q.name(), deps);
            expression(q, row, "constraint", q.logic().constraint());
            expression(q, row, "required", q.logic().required());
            expression(q, row, "read_only", q.logic().readOnly());
            if (q.choices().filter() != null) {
                filter(q, row);
            }
            if (q.defaultValue() != null) {
                known(row, "default", Expressions.textReferences(q.defaultValue()));
            }
            texts(row, "label", q.texts().labels());
            texts(row, "hint", q.texts().hints());
        }
        instances();
        new Cycles(dependsOn).find().forEach(cycle -> {
            Question first = byName.get(cycle.get(0));
            String column = first.logic().calculation() != null ? "calculation" : "relevant";
            problems.add(survey, row(first), column, "cycle", String.join(" → ", cycle));
        });
    }

    private Set<String> expression(Question q, Sheet.Row row, String column, String source) {
        if (source == null || source.equals("true()")) {
            return Set.of();
        }
        try {
            Expr expr = Expressions.parse(source);
            Set<String> references = Expressions.references(expr);
            known(row, column, references);
            pulldata(row, column, expr);
            return references;
        } catch (ExprException e) {
            problems.add(survey, row, column, "badExpression", source);
            return Set.of();
        }
    }

    /** {@code pulldata('file', 'column', 'key_column', key)}: four arguments, the first the CSV's name as a string. */
    private void pulldata(Sheet.Row row, String column, Expr expr) {
        for (Expr.Call call : Expressions.calls(expr, "pulldata")) {
            if (call.arguments().size() != 4) {
                problems.add(survey, row, column, "pulldataArguments", String.valueOf(call.arguments().size()));
            } else if (!(call.arguments().get(0) instanceof Expr.Literal literal && literal.value() instanceof String name
                    && FormBuilder.NAME.matcher(name).matches())) {
                problems.add(survey, row, column, "pulldataFile");
            }
        }
    }

    /**
     * Each secondary instance id names one source: a choice list with a filter, a select_one_from_file file, or a CSV
     * pulldata reads ({@code cities.csv} and {@code cities.xml} cannot both be {@code instance('cities')}).
     */
    private void instances() {
        Map<String, String> sources = new HashMap<>();
        model.all().stream().filter(q -> q.choices().filter() != null && q.choices().file() == null)
                .forEach(q -> sources.putIfAbsent(q.choices().listName(), "list"));
        for (Question q : model.all()) {
            Sheet.Row row = row(q);
            if (row == null) {
                continue;
            }
            if (q.choices().file() != null) {
                instance(sources, q.choices().file().name(), row, "type");
            }
            for (String file : q.expressions().stream().flatMap(e -> Expressions.pulldataFiles(e).stream()).toList()) {
                instance(sources, file, row, "calculation");
            }
        }
    }

    private void instance(Map<String, String> sources, String file, Sheet.Row row, String column) {
        if (!ItemsFile.EXTENSIONS.contains(ItemsFile.extension(file))) {
            return; // reported as a bad file already
        }
        String id = ItemsFile.instanceId(file);
        String existing = sources.putIfAbsent(id, file);
        if (existing != null && !existing.equals(file)) {
            problems.add(survey, row, column, "instanceConflict", id, file, existing.equals("list") ? id : existing);
        }
    }

    /** A choice filter's {@code ${name}} must be questions and its bare names columns the list's choices have. */
    private void filter(Question q, Sheet.Row row) {
        try {
            Expr filter = Expressions.parseFilter(q.choices().filter());
            known(row, "choice_filter", Expressions.references(filter));
            pulldata(row, "choice_filter", filter);
            if (q.choices().file() != null) {
                return; // the file's columns are known once it is attached
            }
            List<Choice> choices = model.choices().getOrDefault(q.choices().listName(), List.of());
            for (String column : Expressions.columns(filter)) {
                if (!column.equals("name") && choices.stream().noneMatch(c -> c.properties().containsKey(column))) {
                    problems.add(survey, row, "choice_filter", "unknownChoiceColumn", column, q.choices().listName());
                }
            }
        } catch (ExprException e) {
            problems.add(survey, row, "choice_filter", "badExpression", q.choices().filter());
        }
    }

    private void texts(Sheet.Row row, String base, Map<String, String> texts) {
        texts.forEach((language, text) -> known(row, language.equals(FormModel.DEFAULT_LANGUAGE) ? base : base + "::" + language,
                Expressions.textReferences(text)));
    }

    private void known(Sheet.Row row, String column, Set<String> references) {
        for (String name : references) {
            if (!byName.containsKey(name)) {
                problems.add(survey, row, column, "unknownReference", name);
            }
        }
    }

    private Sheet.Row row(Question q) {
        return survey.rows().stream().filter(r -> r.number() == q.row() && q.name().equals(r.get("name"))).findFirst().orElse(null);
    }

    /** Depth-first search for chains of references that come back to where they started. */
    private record Cycles(Map<String, Set<String>> edges) {

        List<List<String>> find() {
            List<List<String>> cycles = new ArrayList<>();
            Map<String, Integer> state = new HashMap<>();
            for (String start : edges.keySet()) {
                visit(start, new ArrayList<>(), state, cycles);
            }
            return cycles;
        }

        private void visit(String node, List<String> trail, Map<String, Integer> state, List<List<String>> cycles) {
            int seen = state.getOrDefault(node, 0);
            if (seen == 2) {
                return;
            }
            if (seen == 1) {
                List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(node), trail.size()));
                cycle.add(node);
                cycles.add(cycle);
                return;
            }
            state.put(node, 1);
            trail.add(node);
            for (String next : edges.getOrDefault(node, Set.of())) {
                visit(next, trail, state, cycles);
            }
            trail.remove(trail.size() - 1);
            state.put(node, 2);
        }
    }
}
