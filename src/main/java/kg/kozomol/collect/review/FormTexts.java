package kg.kozomol.collect.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormData;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/**
 * A form's labels in one of its languages: the one matching the UI language ({@code "Kyrgyz (ky)"} for ky) if it has it.
 * The options of a select_one_from_file question come from its attached file ({@code data}), as the web form shows them.
 */
public record FormTexts(FormModel model, String language, FormData data) {

    public FormTexts(FormModel model, String language) {
        this(model, language, FormData.NONE);
    }

    public static FormTexts of(FormModel model, Locale locale, FormData data) {
        FormTexts texts = of(model, locale);
        return new FormTexts(model, texts.language(), data);
    }

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

    /** The option's label in this language, else the form's default one; the value itself when no option has it. */
    public String choiceLabel(Question question, String value) {
        Choice choice = question.choices().file() != null ? data.choices(question.choices().file()).find(value)
                : choices(question).stream().filter(c -> c.name().equals(value)).findFirst().orElse(null);
        if (choice == null) {
            return value;
        }
        String label = model.text(choice.labels(), language);
        return label == null ? value : label;
    }

    /** A select question's options: its choice list, or those of its attached file (none while it is not attached). */
    public List<Choice> choices(Question question) {
        return model.options(question, data);
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
