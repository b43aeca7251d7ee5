package kg.kozomol.dialogue;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Languages;

/** Remarks of the participating bodies on the draft minutes, shown with the minutes until and after approval. */
@Service
public class MinutesComments {

    static final String ENTITY = "minutes_comment";
    public static final int MAX_LENGTH = 5000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;

    MinutesComments(JdbcClient jdbc, AuditLog audit, Meetings meetings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
    }

    /** Comments on minutes that are not yet approved, on behalf of a body taking part in the meeting. */
    @Transactional
    public MinutesComment add(long meetingId, long bodyId, String body, KozomolPrincipal author) {
        Meeting meeting = meetings.lock(meetingId);
        meeting.ensureHeld();
        if (!meeting.participantIds().contains(bodyId)) {
            throw new DialogueRuleException(null, "dialogue.rule.bodyNotParticipant");
        }
        if (!Languages.present(body)) {
            throw new DialogueRuleException("body", "dialogue.validation.required");
        }
        if (body.trim().length() > MAX_LENGTH) {
            throw new DialogueRuleException("body", "dialogue.validation.tooLong");
        }
        long id = jdbc.sql("""
                insert into minutes_comment (meeting_id, author_id, author_org_id, body) values (:meeting, :author, :org, :body)
                returning id
                """).param("meeting", meetingId).param("author", author.id()).param("org", bodyId).param("body", body.trim())
                .query(Long.class).single();
        MinutesComment comment = ofMeeting(meetingId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        audit.created(ENTITY, id, comment);
        return comment;
    }

    @Transactional(readOnly = true)
    public List<MinutesComment> ofMeeting(long meetingId) {
        return jdbc.sql("""
                select id, meeting_id, author_id, author_org_id, body, created_at from minutes_comment
                where meeting_id = :meeting order by created_at, id
                """).param("meeting", meetingId)
                .query((rs, i) -> new MinutesComment(rs.getLong("id"), rs.getLong("meeting_id"),
                        rs.getObject("author_id", Long.class), rs.getLong("author_org_id"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }
}
