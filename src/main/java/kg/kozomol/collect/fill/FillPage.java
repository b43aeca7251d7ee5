package kg.kozomol.collect.fill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.expr.Expressions;
import kg.kozomol.collect.fill.FormLogic.Scope;

/**
 * What one page of a form shows, ready for the template: its questions in the chosen language with their answers and
 * errors, whether each is relevant now, and the expressions the browser re-evaluates live. Questions of groups inside
 * the page follow one another, each carrying the relevance of its groups.
 */
public record FillPage(String title, List<Block> blocks) {

    /** A question, or a repeat with its entries. */
    public record Block(Field field, Repeat repeat) {
    }

    public record Repeat(String name, String label, List<Entry> entries) {
    }

    public record Entry(int index, List<Field> fields) {
    }

    /** @param image the address of the choice's attached image, null when it has none or it is not attached */
    public record Option(String value, String label, String id, boolean checked, String image) {
    }

    /** The addresses of the label's attached image, audio and video; null for those it has not or are not attached. */
    public record Media(String image, String audio, String video) {

        public static final Media NONE = new Media(null, null, null);

        /** The label's media in a language; {@code url} gives an attached file's address, null when it is not attached. */
        static Media of(FormLogic logic, Map<String, Map<String, String>> media, String language, Function<String, String> url) {
            if (media.isEmpty()) {
                return NONE;
            }
            String image = media.containsKey("image") ? "image" : "big-image";
            return new Media(file(logic, media.get(image), language, url), file(logic, media.get("audio"), language, url),
                    file(logic, media.get("video"), language, url));
        }

        private static String file(FormLogic logic, Map<String, String> files, String language, Function<String, String> url) {
            return files == null ? null : url.apply(logic.text(files, language));
        }
    }

    /**
     * @param kind the control: text, integer, decimal, date, time, datetime, select_one, select_multiple, geopoint,
     *        image, audio, file, note, acknowledge
     * @param relevant the XLSForm expressions that must all hold for it to show, joined with {@code and}
     * @param scope the repeat entry it belongs to ({@code repeat#index}), empty at the top
     * @param choiceFilter a select's choice filter, which the browser re-applies to its list as answers change
     */
    public record Field(String key, String id, String kind, String label, String hint, boolean required, boolean readOnly,
            String error, String value, List<Option> options, boolean visible, String relevant, String constraint,
            String constraintMessage, String scope, String accept, String choiceFilter, String choiceList, Media media) {

        public String[] point() {
            String[] parts = value.trim().split("\\s+");
            return new String[] {parts.length > 0 ? parts[0] : "", parts.length > 1 ? parts[1] : ""};
        }

        public String inputValue() {
            return switch (kind) {
                case "time" -> value.length() >= 5 ? value.substring(0, 5) : value;
                case "datetime" -> value.length() >= 16 ? value.substring(0, 16) : value;
                default -> value;
            };
        }
    }

    /** A choice as the browser needs it to re-apply a choice filter: its value, label, image and further columns. */
    public record ListedChoice(String name, String label, String image, Map<String, String> columns) {
    }

    /**
     * The whole lists of the selects that have a choice filter (by {@link Question.Choices#key()}), which the browser
     * narrows as answers change.
     */
    public static Map<String, List<ListedChoice>> filteredLists(FormLogic logic, String language, Function<String, String> mediaUrl) {
        Map<String, List<ListedChoice>> lists = new java.util.LinkedHashMap<>();
        logic.model().all().stream().filter(q -> q.choices().filter() != null)
                .forEach(q -> lists.computeIfAbsent(q.choices().key(), key -> logic.choices(q).stream()
                        .map(c -> new ListedChoice(c.name(), choiceLabel(logic, c, language),
                                Media.of(logic, c.media(), language, mediaUrl).image(), c.properties())).toList()));
        return lists;
    }

    private static String choiceLabel(FormLogic logic, Choice c, String language) {
        String label = logic.text(c.labels(), language);
        return label == null ? c.name() : label;
    }

    public static String id(String key) {
        return "q-" + key.replace('#', '-');
    }

    /** @param mediaUrl the address of an attached media file by name, null when the form has no such file attached */
    public static FillPage of(FormLogic logic, FillState state, List<Question> questions, Map<String, String> errors,
            String otherLabel, Function<String, String> mediaUrl) {
        String language = state.language();
        String title = questions.size() == 1 && questions.get(0).type().isContainer() ? label(logic, questions.get(0), state,
                Scope.TOP, language) : null;
        List<Question> shown = title == null ? questions : questions.get(0).type() == QuestionType.GROUP
                ? questions.get(0).children() : questions;
        String relevant = title != null && questions.get(0).type() == QuestionType.GROUP ? questions.get(0).logic().relevant() : null;
        List<Block> blocks = new ArrayList<>();
        new Builder(logic, state, errors, otherLabel, mediaUrl).blocks(shown, Scope.TOP, relevant, true, blocks);
        return new FillPage(title, blocks);
    }

    private record Builder(FormLogic logic, FillState state, Map<String, String> errors, String otherLabel,
            Function<String, String> mediaUrl) {

        void blocks(List<Question> questions, Scope scope, String relevant, boolean visible, List<Block> into) {
            for (Question q : questions) {
                String own = and(relevant, q.logic().relevant());
                boolean shown = visible && logic.relevant(q, state, scope);
                if (q.type() == QuestionType.GROUP) {
                    blocks(q.children(), scope, own, shown, into);
                } else if (q.type() == QuestionType.REPEAT) {
                    List<Entry> entries = new ArrayList<>();
                    for (int i = 0; i < state.entries(q.name()); i++) {
                        List<Block> fields = new ArrayList<>();
                        blocks(q.children(), new Scope(q.name(), i), own, shown, fields);
                        entries.add(new Entry(i, fields.stream().map(Block::field).filter(f -> f != null).toList()));
                    }
                    into.add(new Block(null, new Repeat(q.name(), label(logic, q, state, scope, state.language()), entries)));
                } else if (q.type() != QuestionType.CALCULATE) {
                    into.add(new Block(field(q, scope, own, shown), null));
                }
            }
        }

        private Field field(Question q, Scope scope, String relevant, boolean visible) {
            String key = scope.key(q.name());
            String language = state.language();
            String value = state.answer(key);
            String hint = logic.text(q.texts().hints(), language);
            String constraintMessage = logic.text(q.texts().constraintMessages(), language);
            return new Field(key, id(key), kind(q), label(logic, q, state, scope, language), hint, q.isRequired(),
                    "true()".equals(q.logic().readOnly()), errors.get(key), value, options(q, scope, key, value, language), visible,
                    relevant, q.logic().constraint(), constraintMessage,
                    scope.repeat() == null ? "" : scope.repeat() + "#" + scope.index(), accept(q), q.choices().filter(),
                    q.choices().filter() == null ? null : q.choices().key(), Media.of(logic, q.texts().media(), language, mediaUrl));
        }

        private List<Option> options(Question q, Scope scope, String key, String value, String language) {
            if (!q.type().isSelect()) {
                return List.of();
            }
            List<String> chosen = Arrays.asList(value.trim().split("\\s+"));
            List<Option> options = new ArrayList<>();
            List<Choice> choices = logic.offered(q, state, scope);
            for (Choice c : choices) {
                options.add(new Option(c.name(), choiceLabel(logic, c, language), id(key) + "-" + options.size(),
                        chosen.contains(c.name()), Media.of(logic, c.media(), language, mediaUrl).image()));
            }
            if (q.choices().orOther() && choices.stream().noneMatch(c -> c.name().equals("other"))) {
                options.add(new Option("other", otherLabel, id(key) + "-" + options.size(), chosen.contains("other"), null));
            }
            return options;
        }
    }

    private static String kind(Question q) {
        return q.type().isMedia() ? q.type() == QuestionType.IMAGE ? "image" : "file" : q.type().xlsformName();
    }

    private static String accept(Question q) {
        return q.type() == QuestionType.IMAGE ? "image/jpeg,image/png,image/webp,image/gif,image/heic" : q.type().mediaType();
    }

    /** The label with each {@code ${name}} replaced by that answer, as the phone shows it. */
    static String label(FormLogic logic, Question q, FillState state, Scope scope, String language) {
        String text = logic.text(q.texts().labels(), language);
        if (text == null) {
            return q.name();
        }
        Matcher matcher = Expressions.TEXT_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String value = state.answers().containsKey(scope.key(name)) ? state.answer(scope.key(name)) : state.answer(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    private static String and(String left, String right) {
        if (left == null) {
            return right;
        }
        return right == null ? left : "(" + left + ") and (" + right + ")";
    }
}
