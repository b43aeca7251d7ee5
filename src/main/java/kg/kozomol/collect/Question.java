package kg.kozomol.collect;

import java.util.List;
import java.util.Map;

/**
 * One row of the survey sheet (a group or repeat holds its rows as children). Texts are keyed by language as written
 * after {@code ::} in the column header ({@code "Russian (ru)"}); expressions keep their XLSForm form with
 * {@code ${name}} references. {@code path} is the node's XForm path, e.g. {@code /data/household/age}.
 */
public record Question(String name, QuestionType type, String path, int row, Texts texts, Logic logic, Choices choices,
        String defaultValue, String appearance, List<Question> children) {

    public Question {
        children = List.copyOf(children);
    }

    /** Label, hint and the messages shown when a required answer is missing or a constraint fails, per language. */
    public record Texts(Map<String, String> labels, Map<String, String> hints, Map<String, String> requiredMessages,
            Map<String, String> constraintMessages) {

        public Texts {
            labels = Map.copyOf(labels);
            hints = Map.copyOf(hints);
            requiredMessages = Map.copyOf(requiredMessages);
            constraintMessages = Map.copyOf(constraintMessages);
        }
    }

    /** XLSForm expressions; null when the column is empty. {@code required} and {@code readOnly} are "true()" for yes. */
    public record Logic(String required, String relevant, String constraint, String calculation, String readOnly) {
    }

    /** For selects: the choice list, whether an "other" option was asked for, and the choice filter. */
    public record Choices(String listName, boolean orOther, String filter) {

        public static final Choices NONE = new Choices(null, false, null);
    }

    /** The label in a language, else in any language it has; empty for a calculation. */
    public String label(String language) {
        return texts.labels().getOrDefault(language, texts.labels().values().stream().findFirst().orElse(""));
    }

    public boolean isRequired() {
        return logic.required() != null;
    }
}
