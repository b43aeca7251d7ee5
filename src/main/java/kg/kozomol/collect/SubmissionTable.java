package kg.kozomol.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.collect.export.AnswerExtractor;

/**
 * A form's submissions as one flat table, for analysis: one row per logical record (its latest edit, rejected ones
 * left out), one column per answer outside repeats, named by its path below the root with groups joined by
 * {@code /} ({@code household/size}). A select_one holds its choice's code; a select_multiple becomes a 0/1 column
 * per option ({@code assets/tv}), its options from an attached file where it names one (while that file is not attached
 * its answer stays one text column of codes); integers and decimals are numbers. Repeats have many answers per row and
 * are left out, by name, for the reader to be told. Answers are read from each submission's stored answers, or its XML
 * where it has none yet.
 */
@Service
public class SubmissionTable {

    private static final Set<QuestionType> LEFT_OUT = Set.of(QuestionType.NOTE, QuestionType.GROUP);

    private final JdbcClient jdbc;
    private final Forms forms;
    private final FormMedia media;
    private final Clock clock;

    SubmissionTable(JdbcClient jdbc, Forms forms, FormMedia media, Clock clock) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.media = media;
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

    /** One flattened question: its element names below the root, the columns it fills, and for 0/1 columns the options. */
    private record Flat(Question question, List<String> path, List<Column> columns, List<String> choices) {
    }

    @Transactional(readOnly = true)
    public Snapshot take(CollectForm form) {
        FormModel model = forms.model(form.currentVersionId());
        List<Flat> flats = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        flatten(model, media.data(form.id(), model), model.questions(), flats, repeats);
        List<Column> columns = flats.stream().flatMap(f -> f.columns().stream()).toList();
        AnswerExtractor answers = AnswerExtractor.of(flats.stream().map(Flat::path).toList());
        List<String[]> rows = jdbc.sql("""
                select answers, case when answers is null then xml end as xml from collect_submission
                where form_id = :form and current and status <> 'REJECTED' order by id
                """).param("form", form.id()).query((rs, i) -> row(answers.read(rs.getBytes("answers"), rs.getBytes("xml")), flats,
                columns.size())).list();
        return new Snapshot(form.id(), form.title(), form.currentVersion(), clock.instant(), columns, List.copyOf(repeats),
                rows);
    }

    private static void flatten(FormModel model, FormData data, List<Question> questions, List<Flat> into, List<String> repeats) {
        for (Question q : questions) {
            String name = q.path().substring(("/" + FormModel.ROOT + "/").length());
            List<String> path = List.of(name.split("/"));
            if (q.type() == QuestionType.REPEAT) {
                repeats.add(name);
            } else if (q.type() == QuestionType.GROUP) {
                flatten(model, data, q.children(), into, repeats);
            } else if (!LEFT_OUT.contains(q.type())) {
                List<String> options = q.type() == QuestionType.SELECT_MULTIPLE
                        ? model.options(q, data).stream().map(Choice::name).toList() : List.of();
                if (!options.isEmpty()) {
                    into.add(new Flat(q, path, options.stream().map(c -> new Column(name + "/" + c, true)).toList(), options));
                } else {
                    boolean numeric = q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL;
                    into.add(new Flat(q, path, List.of(new Column(name, numeric)), List.of()));
                }
            }
        }
    }

    private static String[] row(String[] answers, List<Flat> flats, int width) {
        String[] row = new String[width];
        int at = 0;
        for (int i = 0; i < flats.size(); i++) {
            Flat flat = flats.get(i);
            String value = answers[i];
            boolean blank = value == null || value.isBlank();
            if (!flat.choices().isEmpty()) {
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
