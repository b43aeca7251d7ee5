package kg.kozomol.collect.review;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.RecordRows;

/** The geopoints answered in a form's current submissions, newest first, for the map and its table. */
@Service
public class Geopoints {

    private final JdbcClient jdbc;
    private final MapProperties properties;

    Geopoints(JdbcClient jdbc, MapProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public record Point(long submissionId, String instanceId, String question, double latitude, double longitude) {
    }

    /** The geopoints among one submission's answer lines. */
    public static List<Point> in(SubmissionRow row, List<AnswerLine> lines) {
        return AnswerLines.geopoints(lines).stream().map(line -> {
            AnswerLines.Geopoint point = AnswerLines.Geopoint.parse(line.value()).orElseThrow();
            return new Point(row.id(), row.instanceId(), line.label(), point.latitude(), point.longitude());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<Point> of(long formId, FormTexts texts) {
        List<Point> points = new ArrayList<>();
        try (var rows = jdbc.sql(SubmissionBrowser.SELECT + " where s.form_id = :form and s.current order by s.received_at desc, s.id desc")
                .param("form", formId).withFetchSize(200).query(RecordRows.of(SubmissionRow.class)).stream()) {
            rows.takeWhile(r -> points.size() < properties.maxPoints()).forEach(row -> {
                points.addAll(in(row, AnswerLines.of(texts, AnswerTrees.read(row.xml()).root())));
            });
        }
        return points.size() > properties.maxPoints() ? points.subList(0, properties.maxPoints()) : points;
    }
}
