package kg.kozomol.collect;

import java.util.List;
import java.util.Optional;

/**
 * A submission instance as read from the phone's XML: the form it answers, its instance id (and the one it edits, for
 * an edit), and every answer as a path from the root ({@code /data/household/age}) with its text, in document order.
 */
public record SubmissionXml(String formId, String formVersion, String instanceId, String deprecatedId, List<Answer> answers) {

    public SubmissionXml {
        answers = List.copyOf(answers);
    }

    public record Answer(String path, String value) {
    }

    /** The first answer at a path (for questions outside repeats there is only one). */
    public Optional<String> answer(String path) {
        return answers.stream().filter(a -> a.path().equals(path)).map(Answer::value).findFirst();
    }
}
