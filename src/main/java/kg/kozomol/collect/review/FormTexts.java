package kg.kozomol.collect.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/** A form's labels in one of its languages: the one matching the UI language ({@code "Kyrgyz (ky)"} for ky) if it has it. */
public record FormTexts(FormModel model, String language) {

    public static FormTexts of(FormModel model, Locale locale) {
        String code = "(" + locale.getLanguage() + ")";
        String language = model.languages().stream().filter(l -> l.endsWith(code) || l.equals(locale.getLanguage())).findFirst()
                .orElse(model.defaultLanguage() != null ? model.defaultLanguage()
                        : model.languages().isEmpty() ? FormModel.DEFAULT_LANGUAGE : model.languages().get(0));
        return new FormTexts(model, language);
    }

    public String label(Question question) {
        String label = question.label(language);
        return label == null || label.isBlank() ? question.name() : label;
    }

    public String choiceLabel(Question question, String value) {
        return choices(question).stream().filter(c -> c.name().equals(value)).findFirst()
                .map(c -> c.labels().getOrDefault(language, c.labels().values().stream().findFirst().orElse(value)))
                .orElse(value);
    }

    public List<Choice> choices(Question question) {
        return question.choices().listName() == null ? List.of() : model.choices().getOrDefault(question.choices().listName(), List.of());
    }

    /** An answer as a person reads it: choice labels instead of codes. */
    public String display(Question question, String value) {
        if (value == null || value.isEmpty() || !question.type().isSelect()) {
            return value;
        }
        if (question.type() == QuestionType.SELECT_ONE) {
            return choiceLabel(question, value);
        }
        return Arrays.stream(value.split("\\s+")).map(v -> choiceLabel(question, v)).collect(Collectors.joining("; "));
    }
}
