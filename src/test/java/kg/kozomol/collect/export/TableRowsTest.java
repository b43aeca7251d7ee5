package kg.kozomol.collect.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.review.FormTexts;
import kg.kozomol.collect.review.StoredAnswers;

/** A submission's rows per table: codes or labels, split multiple choices, groups, repeats keyed to their parents. */
class TableRowsTest {

    static final String RU = "Russian (ru)";

    static Question question(String name, QuestionType type, String list, Question... children) {
        return new Question(name, type, "/data/" + name, 0, new Question.Texts(Map.of(RU, name.toUpperCase()), Map.of(), Map.of(), Map.of()),
                new Question.Logic(null, null, null, null, null), list == null ? Question.Choices.NONE : new Question.Choices(list, false, null),
                null, null, List.of(children));
    }

    static Choice choice(String name, String label) {
        return new Choice(name, Map.of(RU, label), Map.of());
    }

    static final FormTexts TEXTS = new FormTexts(new FormModel("visit", "Visit", "1", RU, List.of(RU), List.of(
            question("school", QuestionType.TEXT, null),
            question("ramp", QuestionType.SELECT_ONE, "yes_no"),
            question("barriers", QuestionType.SELECT_MULTIPLE, "barriers"),
            question("intro", QuestionType.NOTE, null),
            question("doors", QuestionType.GROUP, null, question("width", QuestionType.INTEGER, null)),
            question("rooms", QuestionType.REPEAT, null, question("room", QuestionType.TEXT, null),
                    question("seats", QuestionType.REPEAT, null, question("kind", QuestionType.SELECT_ONE, "seat"))),
            question("after", QuestionType.TEXT, null)),
            Map.of("yes_no", List.of(choice("yes", "Да"), choice("no", "Нет")),
                    "barriers", List.of(choice("steps", "Ступени"), choice("narrow", "Узкие двери"), choice("toilet", "Туалет")),
                    "seat", List.of(choice("desk", "Парта")))), RU);

    static final String XML = """
            <data id="visit" version="1">
              <school>Лицей, "Ысык-Көл"
            второй корпус</school>
              <ramp>yes</ramp>
              <barriers>steps narrow</barriers>
              <doors><width>90</width></doors>
              <rooms><room>Кабинет 1</room><seats><kind>desk</kind></seats><seats><kind>chair</kind></seats></rooms>
              <rooms><room>Кабинет 2</room></rooms>
              <meta><instanceID>uuid:a</instanceID></meta>
            </data>
            """;

    static final SubmissionExports.Exported SUBMISSION = new SubmissionExports.Exported(1, "uuid:a",
            Instant.parse("2026-11-26T06:00:00Z"), "RECEIVED", "Телефон", "1", null, XML.getBytes(StandardCharsets.UTF_8));

    /** The rows from the submission's XML, after checking that its stored answers give the same. */
    static List<List<String>> rows(ExportTable table, boolean labels, SubmissionExports.Exported submission) throws Exception {
        SubmissionExports.Exported stored = new SubmissionExports.Exported(submission.id(), submission.instanceId(),
                submission.receivedAt(), submission.status(), submission.appUserName(), submission.formVersion(),
                StoredAnswers.encode(submission.xml()), null);
        assertThat(rawRows(table, labels, stored)).isEqualTo(rawRows(table, labels, submission));
        return rawRows(table, labels, submission);
    }

    static List<List<String>> rawRows(ExportTable table, boolean labels, SubmissionExports.Exported submission) {
        List<List<String>> rows = new ArrayList<>();
        TableRows tableRows = new TableRows(TEXTS, new ExportOptions(ExportOptions.Format.CSV, labels, true, RU), table);
        tableRows.write(submission, cells -> rows.add(Arrays.stream(cells).map(c -> c == null ? "<null>" : c).toList()));
        return rows;
    }

    static List<ExportTable> tables() {
        return ExportTable.of("visit", TEXTS, true);
    }

    @Test
    void theMainTableHasCodesSplitChoicesAndGroupsInHeaderOrder() throws Exception {
        ExportTable main = tables().get(0);
        assertThat(SubmissionExports.header(main)).containsExactly("SubmissionDate", "school", "ramp", "barriers", "barriers/steps",
                "barriers/narrow", "barriers/toilet", "doors/width", "after", "instanceID", "KEY", "SubmitterName", "ReviewState",
                "FormVersion");
        assertThat(rows(main, false, SUBMISSION)).containsExactly(List.of("2026-11-26T06:00:00Z", "Лицей, \"Ысык-Көл\"\nвторой корпус",
                "yes", "steps narrow", "1", "1", "0", "90", "", "uuid:a", "uuid:a", "Телефон", "RECEIVED", "1"));
    }

    @Test
    void labelsReplaceChoiceCodes() throws Exception {
        assertThat(rows(tables().get(0), true, SUBMISSION).get(0).subList(1, 9)).containsExactly("Лицей, \"Ысык-Көл\"\nвторой корпус",
                "Да", "Ступени; Узкие двери", "1", "1", "0", "90", "");
    }

    @Test
    void missingAnswersAreEmptyAndAnEmptyMultipleChoiceSplitsIntoEmptyCells() throws Exception {
        SubmissionExports.Exported bare = new SubmissionExports.Exported(2, "uuid:b", SUBMISSION.receivedAt(), "APPROVED", null, "1", null,
                "<data><barriers></barriers><meta><instanceID>uuid:b</instanceID></meta></data>".getBytes(StandardCharsets.UTF_8));
        assertThat(rows(tables().get(0), false, bare)).containsExactly(List.of("2026-11-26T06:00:00Z", "", "", "", "", "", "", "", "",
                "uuid:b", "uuid:b", "<null>", "APPROVED", "1"));
    }

    @Test
    void repeatsHaveARowPerInstanceKeyedToTheirParents() throws Exception {
        List<ExportTable> tables = tables();
        assertThat(tables).extracting(ExportTable::name).containsExactly("visit", "rooms", "seats");
        assertThat(SubmissionExports.header(tables.get(1))).containsExactly("rooms/room", "PARENT_KEY", "KEY");
        assertThat(rows(tables.get(1), false, SUBMISSION)).containsExactly(List.of("Кабинет 1", "uuid:a", "uuid:a/rooms[1]"),
                List.of("Кабинет 2", "uuid:a", "uuid:a/rooms[2]"));
        assertThat(rows(tables.get(2), true, SUBMISSION)).containsExactly(
                List.of("Парта", "uuid:a/rooms[1]", "uuid:a/rooms[1]/seats[1]"),
                List.of("chair", "uuid:a/rooms[1]", "uuid:a/rooms[1]/seats[2]"));
    }
}
