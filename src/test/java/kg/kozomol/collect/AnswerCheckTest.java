package kg.kozomol.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.AnswerCheck.Issue;
import kg.kozomol.collect.AnswerCheck.Kind;
import kg.kozomol.collect.xlsform.XlsForms;

class AnswerCheckTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final FormModel AUDIT = XlsForms.read(XlsFormFixture.schoolAudit("1").bytes(), "x", "1").model();

    static SubmissionXml submission(String... pathsAndValues) {
        List<SubmissionXml.Answer> answers = new ArrayList<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            answers.add(new SubmissionXml.Answer("/data/" + pathsAndValues[i], pathsAndValues[i + 1]));
        }
        return new SubmissionXml("school_audit", "1", "uuid:1", null, answers);
    }

    @Test
    void acceptsACompleteSubmission() {
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Школа №1", "oblast", "talas", "floors", "3", "consent", "OK",
                "visit_date", "2026-11-20"), CLOCK)).isEmpty();
    }

    @Test
    void findsMissingRequiredAnswersAndBrokenConstraints() {
        assertThat(AnswerCheck.check(AUDIT, submission("oblast", "talas", "floors", "25", "consent", "OK",
                "visit_date", "2027-01-01"), CLOCK))
                .containsExactly(new Issue("school", Kind.REQUIRED), new Issue("floors", Kind.CONSTRAINT),
                        new Issue("visit_date", Kind.CONSTRAINT));
    }

    @Test
    void skipsQuestionsThatAreNotRelevant() {
        // slope is only asked with a ramp; its constraint (< 100) does not apply otherwise, nor do the doors without floors
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "talas", "floors", "0", "consent", "OK",
                "has_ramp", "no", "slope", "150", "doors/door_width", "10"), CLOCK))
                .containsExactly(new Issue("floors", Kind.CONSTRAINT));
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "talas", "floors", "2", "consent", "OK",
                "has_ramp", "yes", "slope", "150", "doors/door_width", "10"), CLOCK))
                .containsExactly(new Issue("slope", Kind.CONSTRAINT), new Issue("door_width", Kind.CONSTRAINT));
    }

    @Test
    void findsAChoiceOutsideItsListOrOutsideItsChoiceFilter() {
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "osh", "floors", "2", "consent", "OK",
                "district", "karakol"), CLOCK)).containsExactly(new Issue("oblast", Kind.CHOICE), new Issue("district", Kind.CHOICE));
        // karakol lies in Issyk-Kul: with Talas chosen the filter does not offer it
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "talas", "floors", "2", "consent", "OK",
                "district", "karakol"), CLOCK)).containsExactly(new Issue("district", Kind.CHOICE));
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "issyk_kul", "floors", "2", "consent", "OK",
                "district", "karakol"), CLOCK)).isEmpty();
    }

    @Test
    void checksEveryValueOfAMultipleSelectAndLetsOtherThroughWhenTheFormAllowsIt() {
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "talas", "floors", "2", "consent", "OK",
                "barriers", "steps other"), CLOCK)).isEmpty();
        assertThat(AnswerCheck.check(AUDIT, submission("school", "Ш", "oblast", "talas", "floors", "2", "consent", "OK",
                "barriers", "steps stairs"), CLOCK)).containsExactly(new Issue("barriers", Kind.CHOICE));
    }

    @Test
    void choicesFromAnAttachedFileAreLeftToTheFormsOwnFileAndNotFlagged() {
        FormModel village = XlsForms.read(XlsFormFixture.village("1").bytes(), "x", "1").model();
        assertThat(AnswerCheck.check(village, submission("agree", "yes", "region", "chui", "town", "tokmok", "sites", "a b"), CLOCK))
                .isEmpty();
    }

    @Test
    void choicesFromAnAttachedFileAreCheckedAgainstItsRowsAndChoiceFilter() {
        FormModel village = XlsForms.read(XlsFormFixture.village("1").bytes(), "x", "1").model();
        FormData data = name -> name.equals("towns.csv")
                ? MediaTables.read(name, FormFilesWebFormIT.TOWNS.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : List.of();
        assertThat(AnswerCheck.check(village, data, submission("agree", "yes", "region", "issyk_kul", "town", "karakol"), CLOCK))
                .as("regions.csv is not attached: its answer passes").isEmpty();
        assertThat(AnswerCheck.check(village, data, submission("agree", "yes", "region", "issyk_kul", "town", "tokmok"), CLOCK))
                .as("not a row of towns.csv").containsExactly(new Issue("town", Kind.CHOICE));
        assertThat(AnswerCheck.check(village, data, submission("agree", "yes", "region", "issyk_kul", "town", "talas_city"), CLOCK))
                .as("a row of another region").containsExactly(new Issue("town", Kind.CHOICE));
    }
}
