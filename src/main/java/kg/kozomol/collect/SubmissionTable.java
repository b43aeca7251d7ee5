package kg.kozomol.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.collect.openrosa.SubmissionReader;

/**
 * A form's submissions as one flat table, for analysis: one row per logical record (its latest edit, rejected ones
 * left out), one column per answer outside repeats, named by its path below the root with groups joined by
 * {@code /} ({@code household/size}). A select_one holds its choice's code; a select_multiple becomes a 0/1 column
 * per choice ({@code assets/tv}); integers and decimals are numbers. Repeats have many answers per row and are left
 * out, by name, for the reader to be told.
 */
@Service
public class SubmissionTable {

    private static final Set<QuestionType> LEFT_OUT = Set.of(QuestionType.NOTE, QuestionType.GROUP);

    private final JdbcClient jdbc;
    private final Forms forms;
    private final Clock clock;

    SubmissionTable(JdbcClient jdbc, Forms forms, Clock clock) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.clock = clock;
    }

    /** A column of the table; {@code numeric} for integers, decimals and the 0/1 columns of a select_multiple. */
    public record Column(String name, boolean numeric) {
    }

    /**
     * The table as it was when taken; {@code rows} holds one cell per column, null where not answered.
     *
     * @param formVersion the form version whose questions name the columns (the current one)
     * @param repeats the repeats left out, by path below the root
     */
    public record Snapshot(long formId, String formTitle, String formVersion, Instant takenAt, List<Column> columns,
            List<String> repeats, List<String[]> rows) {
    }

    /** One flattened question: where its answer is in the XML and the columns it fills. */
    private record Flat(Question question, String path, List<Column> columns, List<String> choices) {
    }

    @Transactional(readOnly = true)
    public Snapshot take(CollectForm form) {
        FormModel model = forms.model(form.currentVersionId());
        List<Flat> flats = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        flatten(model, model.questions(), flats, repeats);
        List<Column> columns = flats.stream().flatMap(f -> f.columns().stream()).toList();
        List<String[]> rows = jdbc.sql("""
                select xml from collect_submission where form_id = :form and current and status <> 'REJECTED' order by id
                """).param("form", form.id()).query(byte[].class).stream().map(xml -> row(SubmissionReader.read(xml), flats,
                columns.size())).toList();
        return new Snapshot(form.id(), form.title(), form.currentVersion(), clock.instant(), columns, List.copyOf(repeats),
                rows);
    }

    private static void flatten(FormModel model, List<Question> questions, List<Flat> into, List<String> repeats) {
        for (Question q : questions) {
            String name = q.path().substring(("/" + FormModel.ROOT + "/").length());
            if (q.type() == QuestionType.REPEAT) {
                repeats.add(name);
            } else if (q.type() == QuestionType.GROUP) {
                flatten(model, q.children(), into, repeats);
            } else if (!LEFT_OUT.contains(q.type())) {
                if (q.type() == QuestionType.SELECT_MULTIPLE) {
                    List<String> choices = model.choices().getOrDefault(q.choices().listName(), List.of()).stream()
                            .map(Choice::name).toList();
                    into.add(new Flat(q, q.path(), choices.stream().map(c -> new Column(name + "/" + c, true)).toList(),
                            choices));
                } else {
                    boolean numeric = q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL;
                    into.add(new Flat(q, q.path(), List.of(new Column(name, numeric)), List.of()));
                }
            }
        }
    }

    private static String[] row(SubmissionXml xml, List<Flat> flats, int width) {
        Map<String, String> answers = new HashMap<>();
        xml.answers().forEach(a -> answers.putIfAbsent(a.path(), a.value()));
        String[] row = new String[width];
        int at = 0;
        for (Flat flat : flats) {
            String value = answers.get(flat.path());
            boolean blank = value == null || value.isBlank();
            if (flat.question().type() == QuestionType.SELECT_MULTIPLE) {
                Set<String> chosen = blank ? Set.of() : new HashSet<>(Arrays.asList(value.strip().split("\\s+")));
                for (String choice : flat.choices()) {
                    row[at++] = blank ? null : chosen.contains(choice) ? "1" : "0";
                }
            } else {
                row[at++] = blank ? null : value;
            }
        }
        return row;
    }
}
