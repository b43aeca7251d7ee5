package kg.kozomol.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Languages;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Timeline;
import kg.kozomol.tracker.TimelineEntry;
import kg.kozomol.tracker.TrackerRuleException;

/**
 * Decisions of a held meeting. A new response deadline goes through the tracker's timeline, so the
 * recommendation shows "deadline revised" with the meeting as its reason; it and the decision are written in one
 * transaction or not at all.
 */
@Service
public class Decisions {

    static final String ENTITY = "meeting_decision";
    public static final int TEXT_MAX = 2000;
    private static final String COLUMNS = """
            d.id, d.agenda_item_id, d.kind, d.text, d.recommendation_id, d.body_id, d.previous_date, d.new_date,
            d.timeline_entry_id, d.responsible_id, d.due_date, d.created_at
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;
    private final Agenda agenda;
    private final LinkTargets targets;
    private final Addressees addressees;
    private final Timeline timeline;
    private final MessageSource messages;
    private final ZoneId zone;

    Decisions(JdbcClient jdbc, AuditLog audit, Meetings meetings, Agenda agenda, LinkTargets targets, Addressees addressees,
            Timeline timeline, MessageSource messages, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.agenda = agenda;
        this.targets = targets;
        this.addressees = addressees;
        this.timeline = timeline;
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    @Transactional
    public Decision record(long agendaItemId, DecisionDraft draft, KozomolPrincipal user) {
        AgendaItem item = agenda.require(agendaItemId);
        Meeting meeting = meetings.lock(item.meetingId());
        meeting.ensureHeld();
        if (draft.kind() == null) {
            throw new DialogueRuleException("kind", "dialogue.validation.required");
        }
        if (!Languages.present(draft.text())) {
            throw new DialogueRuleException("text", "dialogue.validation.required");
        }
        if (draft.text().trim().length() > TEXT_MAX) {
            throw new DialogueRuleException("text", "dialogue.validation.tooLong");
        }
        long id = draft.kind() == DecisionKind.RESPONSE_DEADLINE
                ? newDeadline(meeting, item, draft, user)
                : action(meeting, item, draft, user);
        Decision recorded = require(id);
        audit.created(ENTITY, id, recorded);
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<Decision> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_decision d join agenda_item i on i.id = d.agenda_item_id "
                        + "where i.meeting_id = :meeting order by i.position, d.id")
                .param("meeting", meetingId).query(Decisions::map).list();
    }

    public Decision require(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_decision d where d.id = :id").param("id", id)
                .query(Decisions::map).optional().orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** Only a body at the table, addressed by a recommendation of a CSO at the table, gets a new deadline. */
    private long newDeadline(Meeting meeting, AgendaItem item, DecisionDraft draft, KozomolPrincipal user) {
        Recommendation recommendation = actedOn(draft.recommendationReference(), user);
        if (!recommendation.released()) {
            throw new DialogueRuleException("recommendationReference", "dialogue.rule.notReleased", recommendation.reference());
        }
        if (!meeting.atTheTable(recommendation.organisationId())) {
            throw new DialogueRuleException("recommendationReference", "dialogue.rule.issuerAbsent", recommendation.reference());
        }
        if (draft.bodyId() == null) {
            throw new DialogueRuleException("bodyId", "dialogue.validation.required");
        }
        if (!meeting.participantIds().contains(draft.bodyId())) {
            throw new DialogueRuleException("bodyId", "dialogue.rule.bodyNotParticipant");
        }
        Addressee addressee = addressees.find(recommendation.id(), draft.bodyId())
                .orElseThrow(() -> new DialogueRuleException("bodyId", "dialogue.rule.bodyNotAddressed",
                        recommendation.reference()));
        LocalDate newDate = notInThePast(draft.newDate(), "newDate");
        if (newDate.equals(addressee.dueDate())) {
            throw new DialogueRuleException("newDate", "dialogue.rule.sameDeadline");
        }
        TimelineEntry entry;
        try {
            entry = timeline.reviseDeadline(addressee.id(), newDate, reason(meeting, draft.text().trim()));
        } catch (TrackerRuleException e) {
            throw new DialogueRuleException("newDate".equals(e.field()) ? "newDate" : null, e.messageKey());
        }
        return jdbc.sql("""
                insert into meeting_decision (agenda_item_id, kind, text, recommendation_id, body_id, previous_date, new_date,
                  timeline_entry_id, created_by)
                values (:item, 'RESPONSE_DEADLINE', :text, :rec, :body, :previous, :new, :entry, :by) returning id
                """).param("item", item.id()).param("text", draft.text().trim()).param("rec", recommendation.id())
                .param("body", draft.bodyId()).param("previous", addressee.dueDate()).param("new", newDate)
                .param("entry", entry.id()).param("by", user.id()).query(Long.class).single();
    }

    private long action(Meeting meeting, AgendaItem item, DecisionDraft draft, KozomolPrincipal user) {
        Long recommendationId = null;
        if (Languages.present(draft.recommendationReference())) {
            recommendationId = actedOn(draft.recommendationReference(), user).id();
        }
        if (draft.responsibleId() == null) {
            throw new DialogueRuleException("responsibleId", "dialogue.validation.required");
        }
        if (!meeting.atTheTable(draft.responsibleId())) {
            throw new DialogueRuleException("responsibleId", "dialogue.rule.responsibleAbsent");
        }
        LocalDate due = notInThePast(draft.dueDate(), "dueDate");
        return jdbc.sql("""
                insert into meeting_decision (agenda_item_id, kind, text, recommendation_id, responsible_id, due_date, created_by)
                values (:item, 'ACTION', :text, :rec, :responsible, :due, :by) returning id
                """).param("item", item.id()).param("text", draft.text().trim()).param("rec", recommendationId)
                .param("responsible", draft.responsibleId()).param("due", due).param("by", user.id())
                .query(Long.class).single();
    }

    private Recommendation actedOn(String reference, KozomolPrincipal user) {
        if (!Languages.present(reference)) {
            throw new DialogueRuleException("recommendationReference", "dialogue.validation.required");
        }
        Recommendation recommendation = targets.recommendation(reference, "recommendationReference", user);
        targets.ensureBriefNotWithdrawn(recommendation, "recommendationReference");
        return recommendation;
    }

    private LocalDate notInThePast(LocalDate date, String field) {
        if (date == null) {
            throw new DialogueRuleException(field, "dialogue.validation.required");
        }
        if (date.isBefore(LocalDate.now(zone))) {
            throw new DialogueRuleException(field, "dialogue.rule.dateInPast");
        }
        return date;
    }

    /** The tracker keeps the reason as text: it names the meeting and its date, in the language of the one recording it. */
    private String reason(Meeting meeting, String text) {
        Locale locale = LocaleContextHolder.getLocale();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(meeting.startsAt().atZone(zone));
        return messages.getMessage("dialogue.decision.reason", new Object[] {meeting.title(locale), date, text}, locale);
    }

    private static Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("agenda_item_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getObject("recommendation_id", Long.class), rs.getObject("body_id", Long.class),
                rs.getObject("previous_date", LocalDate.class), rs.getObject("new_date", LocalDate.class),
                rs.getObject("timeline_entry_id", Long.class), rs.getObject("responsible_id", Long.class),
                rs.getObject("due_date", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }
}
