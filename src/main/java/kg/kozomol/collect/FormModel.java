package kg.kozomol.collect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.kozomol.collect.expr.Expressions;

/**
 * A form as Kozomol understands it, read from an XLSForm: the settings, the question tree and the choice lists. The
 * XForm served to phones, server-side validation, the web form and exports are all derived from this.
 */
public record FormModel(String formId, String title, String version, String defaultLanguage, List<String> languages,
        List<Question> questions, Map<String, List<Choice>> choices) {

    public static final String ROOT = "data";
    /** What text columns without {@code ::language} are keyed by, as pyxform does. */
    public static final String DEFAULT_LANGUAGE = "default";

    public FormModel {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
        choices = Map.copyOf(choices);
    }

    /** Every question depth-first, groups and repeats before their children. */
    public List<Question> all() {
        List<Question> all = new ArrayList<>();
        addAll(questions, all);
        return all;
    }

    /**
     * The files the form names and phones must download with it: label media of questions and choices, the files of
     * select_one_from_file questions and the CSVs pulldata reads, in order of appearance.
     */
    public Set<String> mediaFiles() {
        Set<String> files = new LinkedHashSet<>();
        for (Question q : all()) {
            q.texts().media().values().forEach(byLanguage -> files.addAll(byLanguage.values()));
            if (q.choices().file() != null) {
                files.add(q.choices().file().name());
            }
            for (String expression : q.expressions()) {
                files.addAll(Expressions.pulldataFiles(expression));
            }
        }
        choices.values().forEach(list -> list.forEach(c -> c.media().values().forEach(byLanguage -> files.addAll(byLanguage.values()))));
        return files;
    }

    /** The data files among those: the files of select_one_from_file questions and the CSVs pulldata reads. */
    public Set<String> dataFiles() {
        Set<String> files = new LinkedHashSet<>();
        for (Question q : all()) {
            if (q.choices().file() != null) {
                files.add(q.choices().file().name());
            }
            for (String expression : q.expressions()) {
                files.addAll(Expressions.pulldataFiles(expression));
            }
        }
        return files;
    }

    public Optional<Question> find(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private static void addAll(List<Question> questions, List<Question> into) {
        for (Question question : questions) {
            into.add(question);
            addAll(question.children(), into);
        }
    }
}
