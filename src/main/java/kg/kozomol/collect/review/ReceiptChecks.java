package kg.kozomol.collect.review;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.collect.AnswerCheck;
import tools.jackson.databind.json.JsonMapper;

/** What the server's checks on receipt found in a submission's answers, with the questions' labels, for its reviewers. */
@Service
public class ReceiptChecks {

    public record Problem(String label, AnswerCheck.Kind kind) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReceiptChecks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<Problem> of(long submissionId, FormTexts texts) {
        String issues = jdbc.sql("select issues::text from collect_submission where id = :id").param("id", submissionId)
                .query(String.class).optional().orElse("[]");
        return Arrays.stream(json.readValue(issues, AnswerCheck.Issue[].class))
                .map(issue -> new Problem(texts.model().find(issue.question()).map(texts::label).orElse(issue.question()), issue.kind()))
                .toList();
    }
}
