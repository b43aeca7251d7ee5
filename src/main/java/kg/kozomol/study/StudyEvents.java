package kg.kozomol.study;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review history of a study, written next to each change it records. */
@Repository
class StudyEvents {

    private final JdbcClient jdbc;

    StudyEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long studyId, EventKind kind, Long reviewerId, Long actorId, int revision, StudyStatus status, String note) {
        jdbc.sql("""
                insert into study_event (study_id, kind, reviewer_id, actor_id, revision, status, note)
                values (:study, :kind, :reviewer, :actor, :revision, :status, :note)
                """).param("study", studyId).param("kind", kind.name()).param("reviewer", reviewerId).param("actor", actorId)
                .param("revision", revision).param("status", status == null ? null : status.name()).param("note", note)
                .update();
    }

    List<StudyEvent> of(long studyId) {
        return jdbc.sql("""
                select e.id, e.study_id, e.kind, e.reviewer_id, u.full_name, e.revision, e.status, e.note, e.created_at
                from study_event e left join app_user u on u.id = e.actor_id
                where e.study_id = :study order by e.created_at, e.id
                """).param("study", studyId).query((rs, row) -> new StudyEvent(rs.getLong("id"), rs.getLong("study_id"),
                        EventKind.valueOf(rs.getString("kind")), rs.getObject("reviewer_id", Long.class), rs.getString("full_name"),
                        rs.getInt("revision"), rs.getString("status") == null ? null : StudyStatus.valueOf(rs.getString("status")),
                        rs.getString("note"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
