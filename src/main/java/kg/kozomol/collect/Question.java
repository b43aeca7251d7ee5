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

    /**
     * Label, hint and the messages shown when a required answer is missing or a constraint fails, per language; and the
     * media shown with the label: by form ({@code image}, {@code big-image}, {@code audio}, {@code video}) the file name
     * per language.
     */
    public record Texts(Map<String, String> labels, Map<String, String> hints, Map<String, String> requiredMessages,
            Map<String, String> constraintMessages, Map<String, Map<String, String>> media) {

        public Texts {
            labels = Map.copyOf(labels);
            hints = Map.copyOf(hints);
            requiredMessages = Map.copyOf(requiredMessages);
            constraintMessages = Map.copyOf(constraintMessages);
            media = LabelMedia.copy(media);
        }

        public Texts(Map<String, String> labels, Map<String, String> hints, Map<String, String> requiredMessages,
                Map<String, String> constraintMessages) {
            this(labels, hints, requiredMessages, constraintMessages, Map.of());
        }
    }

    /** XLSForm expressions; null when the column is empty. {@code required} and {@code readOnly} are "true()" for yes. */
    public record Logic(String required, String relevant, String constraint, String calculation, String readOnly) {
    }

    /**
     * For selects: the choice list, whether an "other" option was asked for, and the choice filter; for
     * {@code select_one_from_file} the file instead of a list (listName is null then).
     */
    public record Choices(String listName, boolean orOther, String filter, ItemsFile file) {

        public static final Choices NONE = new Choices(null, false, null, null);

        public Choices(String listName, boolean orOther, String filter) {
            this(listName, orOther, filter, null);
        }

        /** What names the options apart from other selects': the list name, or {@code file:} and the file name. */
        public String key() {
            return file != null ? "file:" + file.name() : listName;
        }
    }

    /** The label in a language, else in any language it has; empty for a calculation. */
    public String label(String language) {
        return texts.labels().getOrDefault(language, texts.labels().values().stream().findFirst().orElse(""));
    }

    /** Every expression of the question: the logic columns and the choice filter, leaving out empty ones. */
    public List<String> expressions() {
        return java.util.stream.Stream.of(logic.relevant(), logic.constraint(), logic.calculation(), logic.required(),
                logic.readOnly(), choices.filter()).filter(java.util.Objects::nonNull).toList();
    }

    public boolean isRequired() {
        return logic.required() != null;
    }
}
