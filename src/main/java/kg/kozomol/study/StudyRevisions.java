package kg.kozomol.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The numbered revisions of a study's design, so reviewers see what changed between the versions they read. */
@Service
public class StudyRevisions {

    private final JdbcClient jdbc;
    private final StudyRows rows;
    private final PlanRows plans;
    private final StudyReviews reviews;
    private final JsonMapper json;
    private final AuditLog audit;

    StudyRevisions(JdbcClient jdbc, StudyRows rows, PlanRows plans, StudyReviews reviews, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.plans = plans;
        this.reviews = reviews;
        this.json = json;
        this.audit = audit;
    }

    /**
     * Keeps the design as it is now as the next revision, unless it equals the last one. A new revision during the
     * review asks every reviewer to look again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Integer> record(long studyId) {
        Study study = rows.find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId));
        Map<String, String> content = DesignSnapshot.of(study, plans.find(studyId).orElse(null));
        if (study.revision() > 0 && revision(studyId, study.revision()).map(r -> r.content().equals(content)).orElse(false)) {
            return Optional.empty();
        }
        int number = study.revision() + 1;
        jdbc.sql("""
                insert into study_revision (study_id, number, content, created_by)
                values (:study, :number, cast(:content as jsonb), :by)
                """).param("study", studyId).param("number", number).param("content", json.writeValueAsString(content))
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).update();
        jdbc.sql("update study set revision = :number where id = :id").param("number", number).param("id", studyId).update();
        audit.created("study_revision", studyId + "/" + number, content);
        reviews.revised(studyId, number);
        return Optional.of(number);
    }

    @Transactional(readOnly = true)
    public List<Revision> all(long studyId) {
        return jdbc.sql(SELECT + " where r.study_id = :study order by r.number").param("study", studyId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(long studyId, int number) {
        return jdbc.sql(SELECT + " where r.study_id = :study and r.number = :number").param("study", studyId)
                .param("number", number).query(this::map).optional();
    }

    /** The items that differ, in the order of the design; an item added or removed has one side empty. */
    public static List<RevisionChange> compare(Revision from, Revision to) {
        List<RevisionChange> changes = new ArrayList<>();
        for (String key : DesignSnapshot.ORDER) {
            String before = from.content().get(key);
            String after = to.content().get(key);
            if (!Objects.equals(before, after)) {
                changes.add(new RevisionChange(key, before, after));
            }
        }
        return changes;
    }

    private static final String SELECT = """
            select r.study_id, r.number, r.content::text as content, u.full_name, r.created_at
            from study_revision r left join app_user u on u.id = r.created_by
            """;

    private Revision map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Map<String, String> content = json.readValue(rs.getString("content"), new TypeReference<LinkedHashMap<String, String>>() {});
        return new Revision(rs.getLong("study_id"), rs.getInt("number"), content, rs.getString("full_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
