package kg.kozomol.collect.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.ItemsFile;
import kg.kozomol.collect.LabelMedia;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.Question.Choices;
import kg.kozomol.collect.Question.Logic;
import kg.kozomol.collect.Question.Texts;
import kg.kozomol.collect.QuestionType;

/** Turns the three sheets into the form model, noting every row it cannot make sense of. */
final class FormBuilder {

    /** An XML element name, as XForm instance nodes need. */
    static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
    private static final Set<String> YES = Set.of("yes", "true", "true()", "1");
    private static final Set<String> NO = Set.of("no", "false", "false()", "0");
    private static final Set<String> CHOICE_COLUMNS = Set.of("list_name", "name");
    /** A column an itemset reads by name, as pyxform accepts in the parameters column. */
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private final Map<String, Sheet> sheets;
    private final Problems problems;
    private final Set<String> names = new HashSet<>();
    private final Map<String, List<Choice>> choices = new LinkedHashMap<>();

    FormBuilder(Map<String, Sheet> sheets, Problems problems) {
        this.sheets = sheets;
        this.problems = problems;
    }

    FormModel build(String fallbackId, String fallbackVersion) {
        Map<String, String> settings = settings();
        String formId = settings.getOrDefault("form_id", fallbackId);
        if (!NAME.matcher(formId).matches()) {
            problems.add(sheets.get("settings"), null, "form_id", "badName", formId);
        }
        readChoices();
        List<Question> questions = readSurvey();
        String defaultLanguage = settings.getOrDefault("default_language", FormModel.DEFAULT_LANGUAGE);
        return new FormModel(formId, settings.getOrDefault("form_title", formId), settings.getOrDefault("version", fallbackVersion),
                defaultLanguage, languages(questions, defaultLanguage), questions, choices);
    }

    private Map<String, String> settings() {
        Sheet sheet = sheets.get("settings");
        Map<String, String> values = new HashMap<>();
        if (sheet != null && !sheet.rows().isEmpty()) {
            Sheet.Row row = sheet.rows().get(0);
            for (String key : List.of("form_id", "form_title", "version", "default_language")) {
                if (row.get(key) != null) {
                    values.put(key, row.get(key));
                }
            }
        }
        return values;
    }

    private void readChoices() {
        Sheet sheet = sheets.get("choices");
        if (sheet == null) {
            return;
        }
        for (Sheet.Row row : sheet.rows()) {
            String list = row.get("list_name");
            String name = row.get("name");
            if (list == null) {
                problems.add(sheet, row, "list_name", "missingListName");
                continue;
            }
            if (name == null) {
                problems.add(sheet, row, "name", "missingChoiceName");
                continue;
            }
            List<Choice> options = choices.computeIfAbsent(list, l -> new ArrayList<>());
            if (options.stream().anyMatch(c -> c.name().equals(name))) {
                problems.add(sheet, row, "name", "duplicateChoice", name, list);
                continue;
            }
            Map<String, String> properties = new LinkedHashMap<>();
            for (String column : sheet.columns()) {
                if (!column.isEmpty() && !CHOICE_COLUMNS.contains(column) && XlsFormReader.language(column, "label") == null
                        && !column.contains("::") && row.get(column) != null) {
                    properties.put(column, row.get(column));
                }
            }
            options.add(new Choice(name, sheet.translations(row, "label"), properties, media(sheet, row)));
        }
    }

    private List<Question> readSurvey() {
        Sheet sheet = sheets.get("survey");
        if (sheet == null) {
            problems.add("survey", "missingSurvey");
            return List.of();
        }
        Frame root = new Frame(null, null, QuestionType.GROUP, "/" + FormModel.ROOT);
        Deque<Frame> open = new ArrayDeque<>();
        open.push(root);
        for (Sheet.Row row : sheet.rows()) {
            String type = row.get("type");
            if (type == null) {
                problems.add(sheet, row, "type", "missingType");
                continue;
            }
            type = type.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("begin_", "begin ").replace("end_", "end ");
            if (type.equals("end group") || type.equals("end repeat")) {
                QuestionType ending = type.endsWith("group") ? QuestionType.GROUP : QuestionType.REPEAT;
                if (open.size() == 1 || open.peek().type != ending) {
                    problems.add(sheet, row, "type", "unmatchedEnd", type);
                } else {
                    Frame done = open.pop();
                    open.peek().children.add(done.toQuestion(sheet));
                }
                continue;
            }
            String name = name(sheet, row);
            if (type.equals("begin group") || type.equals("begin repeat")) {
                QuestionType container = type.endsWith("group") ? QuestionType.GROUP : QuestionType.REPEAT;
                open.push(new Frame(row, name, container, open.peek().path + "/" + name));
                continue;
            }
            Choices choiceSpec = Choices.NONE;
            QuestionType questionType;
            if (type.startsWith("select_one_from_file ") || type.startsWith("select_multiple_from_file ")) {
                String[] parts = row.get("type").strip().split("\\s+");
                if (parts.length != 2) {
                    problems.add(sheet, row, "type", "unknownType", type);
                    continue;
                }
                questionType = type.startsWith("select_one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
                choiceSpec = new Choices(null, false, row.get("choice_filter"), itemsFile(sheet, row, parts[1]));
            } else if (type.startsWith("select_one ") || type.startsWith("select_multiple ")) {
                String[] parts = type.split(" ");
                questionType = parts[0].equals("select_one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
                boolean orOther = parts.length == 3 && parts[2].equals("or_other");
                if (parts.length > 3 || (parts.length == 3 && !orOther)) {
                    problems.add(sheet, row, "type", "unknownType", type);
                    continue;
                }
                String list = row.get("type").strip().split("\\s+")[1];
                if (!choices.containsKey(list)) {
                    problems.add(sheet, row, "type", "missingList", list);
                }
                choiceSpec = new Choices(list, orOther, row.get("choice_filter"));
            } else {
                var known = QuestionType.ofXlsForm(type);
                if (known.isEmpty()) {
                    problems.add(sheet, row, "type", "unknownType", type);
                    continue;
                }
                questionType = known.get();
            }
            if (questionType == QuestionType.CALCULATE && row.get("calculation") == null) {
                problems.add(sheet, row, "calculation", "missingCalculation", name);
            }
            Question question = question(sheet, row, name, questionType, open.peek().path + "/" + name, choiceSpec, List.of());
            open.peek().children.add(question);
            if (choiceSpec.orOther()) {
                open.peek().children.add(other(question, open.peek().path));
            }
        }
        while (open.size() > 1) {
            Frame unclosed = open.pop();
            problems.add(sheet, unclosed.row, "type", "unclosed", unclosed.name);
            open.peek().children.add(unclosed.toQuestion(sheet));
        }
        return root.children;
    }

    private String name(Sheet sheet, Sheet.Row row) {
        String name = row.get("name");
        if (name == null) {
            problems.add(sheet, row, "name", "missingName");
            return "row" + row.number();
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(sheet, row, "name", "badName", name);
        } else if (!names.add(name) || name.equals("meta")) {
            problems.add(sheet, row, "name", "duplicateName", name);
        }
        return name;
    }

    private Question question(Sheet sheet, Sheet.Row row, String name, QuestionType type, String path, Choices choiceSpec,
            List<Question> children) {
        Texts texts = new Texts(sheet.translations(row, "label"), sheet.translations(row, "hint"),
                sheet.translations(row, "required_message"), sheet.translations(row, "constraint_message"), media(sheet, row));
        Logic logic = new Logic(flag(row.get("required")), row.get("relevant"), row.get("constraint"), row.get("calculation"),
                flag(row.get("read_only")));
        return new Question(name, type, path, row.number(), texts, logic, choiceSpec, row.get("default"), row.get("appearance"),
                children);
    }

    /**
     * The media columns of a row by form and language; a file that is not of the column's kind (an MP3 in
     * {@code media::image}) is a problem, since it could never be attached as that.
     */
    private Map<String, Map<String, String>> media(Sheet sheet, Sheet.Row row) {
        Map<String, Map<String, String>> media = new LinkedHashMap<>();
        for (String form : LabelMedia.FORMS) {
            for (String column : sheet.columns()) {
                String file = row.get(column);
                if (file == null || XlsFormReader.language(column, "media::" + form) == null) {
                    continue;
                }
                if (!LabelMedia.fits(form, file)) {
                    problems.add(sheet, row, column, "badMediaFile", file, form);
                }
            }
            Map<String, String> files = sheet.translations(row, "media::" + form);
            if (!files.isEmpty()) {
                media.put(form, files);
            }
        }
        return media;
    }

    /** {@code select_one_from_file cities.csv}: the file, and the value and label columns the parameters column may name. */
    private ItemsFile itemsFile(Sheet sheet, Sheet.Row row, String file) {
        if (!ItemsFile.EXTENSIONS.contains(ItemsFile.extension(file)) || !NAME.matcher(ItemsFile.instanceId(file)).matches()) {
            problems.add(sheet, row, "type", "badItemsFile", file);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String written = row.get("parameters");
        if (written != null) {
            for (String parameter : written.replaceAll("\\s*=\\s*", "=").split("[\\s,;]+")) {
                String[] pair = parameter.split("=", 2);
                String key = pair[0].toLowerCase(Locale.ROOT);
                if (pair.length != 2 || !key.equals("value") && !key.equals("label")) {
                    problems.add(sheet, row, "parameters", "unknownParameter", parameter);
                } else if (!COLUMN.matcher(pair[1]).matches()) {
                    problems.add(sheet, row, "parameters", "badParameter", key, pair[1]);
                } else {
                    parameters.put(key, pair[1]);
                }
            }
        }
        return ItemsFile.of(file, parameters.get("value"), parameters.get("label"));
    }

    /** pyxform's companion of {@code select_one list or_other}: a text question shown when "other" is chosen. */
    private Question other(Question select, String parentPath) {
        String name = select.name() + "_other";
        names.add(name);
        Map<String, String> labels = new LinkedHashMap<>();
        select.texts().labels().keySet().forEach(language -> labels.put(language, "Specify other."));
        return new Question(name, QuestionType.TEXT, parentPath + "/" + name, select.row(),
                new Texts(labels, Map.of(), Map.of(), Map.of()),
                new Logic(null, "selected(${" + select.name() + "}, 'other')", null, null, null), Choices.NONE, null, null, List.of());
    }

    /** yes/no columns: yes becomes {@code true()}, no or empty nothing, anything else is an expression. */
    private static String flag(String value) {
        if (value == null || NO.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return YES.contains(value.toLowerCase(Locale.ROOT)) ? "true()" : value;
    }

    private List<String> languages(List<Question> questions, String defaultLanguage) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(defaultLanguage);
        FormModel probe = new FormModel("x", "x", null, defaultLanguage, List.of(), questions, Map.of());
        for (Question q : probe.all()) {
            languages.addAll(q.texts().labels().keySet());
            languages.addAll(q.texts().hints().keySet());
            languages.addAll(q.texts().requiredMessages().keySet());
            languages.addAll(q.texts().constraintMessages().keySet());
            mediaLanguages(q.texts().media(), languages);
        }
        choices.values().forEach(list -> list.forEach(c -> {
            languages.addAll(c.labels().keySet());
            mediaLanguages(c.media(), languages);
        }));
        if (languages.size() > 1 && defaultLanguage.equals(FormModel.DEFAULT_LANGUAGE) && !usesDefault(probe)) {
            languages.remove(FormModel.DEFAULT_LANGUAGE);
        }
        return List.copyOf(languages);
    }

    /** A media file without a language is the same in every language, so it adds no "default" translation of its own. */
    private static void mediaLanguages(Map<String, Map<String, String>> media, Set<String> languages) {
        media.values().forEach(files -> files.keySet().stream().filter(l -> !l.equals(FormModel.DEFAULT_LANGUAGE))
                .forEach(languages::add));
    }

    private boolean usesDefault(FormModel probe) {
        return probe.all().stream().anyMatch(q -> q.texts().labels().containsKey(FormModel.DEFAULT_LANGUAGE))
                || choices.values().stream().flatMap(List::stream).anyMatch(c -> c.labels().containsKey(FormModel.DEFAULT_LANGUAGE));
    }

    /** A group or repeat whose end row has not been reached yet. */
    private final class Frame {
        final Sheet.Row row;
        final String name;
        final QuestionType type;
        final String path;
        final List<Question> children = new ArrayList<>();

        Frame(Sheet.Row row, String name, QuestionType type, String path) {
            this.row = row;
            this.name = name;
            this.type = type;
            this.path = path;
        }

        Question toQuestion(Sheet sheet) {
            return question(sheet, row, name, type, path, Choices.NONE, children);
        }
    }
}
