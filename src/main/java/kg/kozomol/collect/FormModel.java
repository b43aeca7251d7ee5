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
            addDataFiles(q, files);
        }
        choices.values().forEach(list -> list.forEach(c -> c.media().values().forEach(byLanguage -> files.addAll(byLanguage.values()))));
        return files;
    }

    /** The data files among those: the files of select_one_from_file questions and the CSVs pulldata reads. */
    public Set<String> dataFiles() {
        Set<String> files = new LinkedHashSet<>();
        all().forEach(q -> addDataFiles(q, files));
        return files;
    }

    private static void addDataFiles(Question q, Set<String> files) {
        if (q.choices().file() != null) {
            files.add(q.choices().file().name());
        }
        for (String expression : q.expressions()) {
            files.addAll(Expressions.pulldataFiles(expression));
        }
    }

    /** A select question's options: its choice list, or those of its attached file (none while it is not attached). */
    public List<Choice> options(Question q, FormData data) {
        if (q.choices().file() != null) {
            return data.choices(q.choices().file()).list();
        }
        return q.choices().listName() == null ? List.of() : choices.getOrDefault(q.choices().listName(), List.of());
    }

    /** A text in a language, else in the form's default language, else the unnamed one, else any; null when none. */
    public String text(Map<String, String> texts, String language) {
        for (String key : new String[] {language, defaultLanguage, DEFAULT_LANGUAGE}) {
            String text = key == null ? null : texts.get(key);
            if (text != null) {
                return text;
            }
        }
        return texts.isEmpty() ? null : texts.values().iterator().next();
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
