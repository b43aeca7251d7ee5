package kg.kozomol.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
