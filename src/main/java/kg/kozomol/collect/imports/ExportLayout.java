package kg.kozomol.collect.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormData;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;

/**
 * How a form's questions appear as columns in the exports of KoboToolbox ({@code group/question}, or the bare name
 * when exported without groups; split selects as {@code question/option}) and ODK Central ({@code group-question}),
 * and which columns are the tools' own metadata.
 */
final class ExportLayout {

    /** Columns naming the instance, most trusted first: the XML's own id, then the tools' copies of it. */
    private static final List<String> INSTANCE_COLUMNS = List.of("meta/instanceID", "meta-instanceID", "instanceID", "KEY", "_uuid");
    private static final Set<String> OWN_KEYS = Set.of("_index", "KEY");
    private static final Set<String> PARENT_KEYS = Set.of("_parent_index", "PARENT_KEY");
    /** Columns ODK Central and KoboToolbox add that carry nothing of the form; Kobo's own all start with "_". */
    private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "username", "phonenumber",
            "simserial", "subscriberid", "audit", "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent",
            "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion", "formhub/uuid",
            "meta/instanceName", "meta-instanceName", "meta/deprecatedID", "meta-deprecatedID", "meta/rootUuid");

    private final FormModel model;
    private final FormData data;
    private final Map<String, ExportColumn> byHeader = new HashMap<>();
    /** The choice names of each select question by path, looked up for every cell. */
    private final Map<String, Set<String>> choiceNames = new HashMap<>();

    /** @param data the form's attached files, which hold the options of its select_…_from_file questions */
    ExportLayout(FormModel model, FormData data) {
        this.model = model;
        this.data = data;
        for (Question q : model.all()) {
            if (q.type().isContainer()) {
                continue;
            }
            // Options from a file not attached yet cannot be checked: any value is taken, as the checks on receipt do.
            if (q.choices() != null && (q.choices().file() == null || !choices(q).isEmpty())) {
                choiceNames.put(q.path(), choices(q).stream().map(Choice::name).collect(Collectors.toUnmodifiableSet()));
            }
            List<String> segments = List.of(q.path().substring(FormModel.ROOT.length() + 2).split("/"));
            for (String name : List.of(String.join("/", segments), String.join("-", segments), q.name())) {
                byHeader.putIfAbsent(name, new ExportColumn(ExportColumn.Kind.ANSWER, q, null));
                if (q.type() == QuestionType.SELECT_MULTIPLE) {
                    for (Choice choice : choices(q)) {
                        byHeader.putIfAbsent(name + "/" + choice.name(), new ExportColumn(ExportColumn.Kind.OPTION, q, choice.name()));
                    }
                }
            }
        }
    }

    FormModel model() {
        return model;
    }

    List<Choice> choices(Question q) {
        return model.options(q, data);
    }

    /** The names of a select question's choices; null when they cannot be known (a file not attached yet). */
    Set<String> choiceNames(Question q) {
        return choiceNames.get(q.path());
    }

    /** The repeat whose sheet this is: its name, or its name cut to Excel's 31 characters. */
    Optional<Question> repeatOfSheet(String sheet) {
        return model.all().stream().filter(q -> q.type() == QuestionType.REPEAT)
                .filter(q -> q.name().equals(sheet) || sheet.length() == 31 && q.name().startsWith(sheet)).findFirst();
    }

    /** The columns of a sheet's header, for the main sheet ({@code repeat} null) or a repeat's sheet. */
    List<ExportColumn> columns(List<String> header, Question repeat) {
        List<ExportColumn> columns = new ArrayList<>(header.size());
        for (String raw : header) {
            columns.add(column(raw == null ? "" : raw.strip(), repeat));
        }
        String instance = INSTANCE_COLUMNS.stream().filter(header::contains).findFirst().orElse(null);
        if (instance != null && repeat == null) {
            columns.set(header.indexOf(instance), ExportColumn.INSTANCE);
        }
        return columns;
    }

    private ExportColumn column(String header, Question repeat) {
        if (OWN_KEYS.contains(header)) {
            return ExportColumn.OWN;
        }
        if (PARENT_KEYS.contains(header)) {
            return ExportColumn.PARENT;
        }
        ExportColumn column = byHeader.get(header);
        if (column != null) {
            return inside(column.question(), repeat) ? column : ExportColumn.NONE;
        }
        if (header.isEmpty() || header.startsWith("_") || METADATA.contains(header) || INSTANCE_COLUMNS.contains(header)) {
            return ExportColumn.IGNORE;
        }
        return ExportColumn.NONE;
    }

    /** Whether a question belongs on a sheet: the main sheet holds what is outside every repeat. */
    private boolean inside(Question question, Question repeat) {
        Question nearest = nearestRepeat(question).orElse(null);
        return nearest == null ? repeat == null : repeat != null && nearest.path().equals(repeat.path());
    }

    /** The innermost repeat a question (or a nested repeat) sits in; empty for the top level of the form. */
    Optional<Question> nearestRepeat(Question question) {
        Question nearest = null;
        for (Question r : model.all()) {
            if (r.type() == QuestionType.REPEAT && question.path().startsWith(r.path() + "/")
                    && (nearest == null || r.path().length() > nearest.path().length())) {
                nearest = r;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
