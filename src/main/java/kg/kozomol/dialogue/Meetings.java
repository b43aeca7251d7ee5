package kg.kozomol.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.brief.RichText;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Languages;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/** Planning meetings, moving them from planned to held to approved minutes (or cancelled), and finding them. */
@Service
public class Meetings {

    static final String ENTITY = "meeting";
    public static final int MINUTES_MAX = 100_000;
    private static final String COLUMNS = """
            m.id, m.title_ru, m.title_ky, m.starts_at, m.ends_at, m.place, m.online, m.online_url, m.organiser_id, m.status,
            m.minutes_ru, m.minutes_ky, m.minutes_approved_at, m.version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;
    private final MeetingAccess access;
    private final ZoneId zone;

    Meetings(JdbcClient jdbc, AuditLog audit, Organisations organisations, MeetingAccess access,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.access = access;
        this.zone = ZoneId.of(zone);
    }

    @Transactional
    public Meeting create(MeetingDraft draft, KozomolPrincipal creator) {
        validate(draft);
        if (!access.mayOrganise(creator, draft.organiserId())) {
            throw new DialogueRuleException("organiserId", "dialogue.rule.notOrganiser");
        }
        long id = jdbc.sql("""
                insert into meeting (title_ru, title_ky, starts_at, ends_at, place, online, online_url, organiser_id, status,
                  created_by)
                values (:titleRu, :titleKy, :startsAt, :endsAt, :place, :online, :url, :organiser, 'PLANNED', :by)
                returning id
                """)
                .params(params(draft)).param("organiser", draft.organiserId()).param("by", creator.id())
                .query(Long.class).single();
        writeParticipants(id, draft.organiserId(), draft.participantIds());
        Meeting created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Changes the details of an open meeting; it stays with its organiser. */
    @Transactional
    public Meeting update(long id, int expectedVersion, MeetingDraft draft) {
        Meeting before = require(id);
        before.ensureOpen();
        validate(draft);
        int changed = jdbc.sql("""
                update meeting set title_ru = :titleRu, title_ky = :titleKy, starts_at = :startsAt, ends_at = :endsAt,
                  place = :place, online = :online, online_url = :url, updated_at = now(), version = version + 1
                where id = :id and version = :version and status in ('PLANNED', 'HELD')
                """)
                .params(params(draft)).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from meeting_participant where meeting_id = :id").param("id", id).update();
        writeParticipants(id, before.organiserId(), draft.participantIds());
        Meeting after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Meeting move(long id, int expectedVersion, MeetingStatus target) {
        Meeting before = require(id);
        if (target == null || !before.status().canMoveTo(target)) {
            before.ensureOpen();
            throw new DialogueRuleException(null, "dialogue.rule.transition");
        }
        if (target == MeetingStatus.HELD && before.startsAt().isAfter(Instant.now())) {
            throw new DialogueRuleException(null, "dialogue.rule.notStartedYet");
        }
        if (target == MeetingStatus.MINUTES_APPROVED && !before.hasMinutes()) {
            throw new DialogueRuleException(null, "dialogue.rule.minutesMissing");
        }
        int changed = jdbc.sql("""
                update meeting set status = :status, updated_at = now(), version = version + 1,
                  minutes_approved_at = case when :status = 'MINUTES_APPROVED' then now() else minutes_approved_at end
                where id = :id and version = :version
                """).param("status", target.name()).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        Meeting after = require(id);
        audit.updated(ENTITY, id, Map.of("status", before.status()), Map.of("status", after.status()));
        return after;
    }

    /** The minutes are written once the meeting has been held and stay open until approved. */
    @Transactional
    public Meeting saveMinutes(long id, int expectedVersion, String minutesRu, String minutesKy) {
        Meeting before = require(id);
        before.ensureHeld();
        String ru = RichText.sanitise(minutesRu);
        String ky = RichText.sanitise(minutesKy);
        if ((ru != null && ru.length() > MINUTES_MAX) || (ky != null && ky.length() > MINUTES_MAX)) {
            throw new DialogueRuleException(ru != null && ru.length() > MINUTES_MAX ? "minutesRu" : "minutesKy",
                    "dialogue.validation.tooLong");
        }
        int changed = jdbc.sql("""
                update meeting set minutes_ru = :ru, minutes_ky = :ky, updated_at = now(), version = version + 1
                where id = :id and version = :version and status = 'HELD'
                """).param("ru", ru).param("ky", ky).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        Meeting after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /**
     * Locks the meeting for a change to its agenda, decisions or comments, so that it cannot be cancelled or
     * closed while the change is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Meeting lock(long id) {
        jdbc.sql("select id from meeting where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
        return require(id);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting m where m.id = :id").param("id", id)
                .query((rs, i) -> map(rs, participants(List.of(id)).getOrDefault(id, List.of()))).optional();
    }

    public Meeting require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** The meetings the viewer may see, newest first. */
    @Transactional(readOnly = true)
    public PageOf<MeetingSummary> search(MeetingFilter filter, KozomolPrincipal viewer, PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!viewer.hasRole(Role.ADMIN)) {
            clauses.add("(m.organiser_id in (:own) or exists (select 1 from meeting_participant p where p.meeting_id = m.id"
                    + " and p.organisation_id in (:own)))");
            params.put("own", viewer.organisationIds().isEmpty() ? List.of(-1L) : viewer.organisationIds());
        }
        if (filter.organisationId() != null) {
            clauses.add("(m.organiser_id = :org or exists (select 1 from meeting_participant p where p.meeting_id = m.id"
                    + " and p.organisation_id = :org))");
            params.put("org", filter.organisationId());
        }
        if (filter.status() != null) {
            clauses.add("m.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            clauses.add("m.starts_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            clauses.add("m.starts_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        long total = jdbc.sql("select count(*) from meeting m" + where).params(params).query(Long.class).single();
        List<MeetingSummary> rows = jdbc.sql("""
                select m.id, m.title_ru, m.title_ky, m.starts_at, m.ends_at, m.place, m.online, m.organiser_id, m.status
                from meeting m""" + where + " order by m.starts_at desc, m.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new MeetingSummary(rs.getLong("id"), rs.getString("title_ru"), rs.getString("title_ky"),
                        instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getBoolean("online"),
                        rs.getLong("organiser_id"), MeetingStatus.valueOf(rs.getString("status"))))
                .list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    /** Meetings, not cancelled, with the recommendation on their agenda or in their decisions; oldest first. */
    @Transactional(readOnly = true)
    public List<Meeting> discussing(long recommendationId) {
        List<Long> ids = jdbc.sql("""
                select m.id from meeting m where m.status <> 'CANCELLED' and m.id in (
                  select i.meeting_id from agenda_item i join agenda_item_recommendation l on l.agenda_item_id = i.id
                  where l.recommendation_id = :rec
                  union
                  select i.meeting_id from agenda_item i join meeting_decision d on d.agenda_item_id = i.id
                  where d.recommendation_id = :rec)
                order by m.starts_at, m.id
                """).param("rec", recommendationId).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> participants = participants(ids);
        return jdbc.sql("select " + COLUMNS + " from meeting m where m.id in (:ids) order by m.starts_at, m.id")
                .param("ids", ids).query((rs, i) -> map(rs, participants.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private void validate(MeetingDraft draft) {
        if (!Languages.present(draft.titleRu()) && !Languages.present(draft.titleKy())) {
            throw new DialogueRuleException("titleRu", "dialogue.rule.titleRequired");
        }
        if (draft.date() == null) {
            throw new DialogueRuleException("date", "dialogue.validation.required");
        }
        if (draft.startTime() == null) {
            throw new DialogueRuleException("startTime", "dialogue.validation.required");
        }
        if (draft.endTime() == null) {
            throw new DialogueRuleException("endTime", "dialogue.validation.required");
        }
        if (!draft.endTime().isAfter(draft.startTime())) {
            throw new DialogueRuleException("endTime", "dialogue.rule.endBeforeStart");
        }
        if (draft.online()) {
            if (!Languages.present(draft.onlineUrl()) || !draft.onlineUrl().trim().matches("(?i)https?://\\S+")) {
                throw new DialogueRuleException("onlineUrl", "dialogue.rule.onlineUrl");
            }
        } else if (!Languages.present(draft.place())) {
            throw new DialogueRuleException("place", "dialogue.rule.placeRequired");
        }
        if (draft.organiserId() == null) {
            throw new DialogueRuleException("organiserId", "dialogue.validation.required");
        }
        Organisation organiser = organisations.find(draft.organiserId()).orElse(null);
        if (organiser == null || (organiser.kind() != OrganisationKind.CSO && organiser.kind() != OrganisationKind.COORDINATOR)) {
            throw new DialogueRuleException("organiserId", "dialogue.rule.organiserKind");
        }
        Set<Long> participants = new LinkedHashSet<>(draft.participantIds());
        if (organisations.byIds(participants).size() != participants.size()) {
            throw new DialogueRuleException("participantIds", "dialogue.rule.unknownParticipant");
        }
    }

    /** The organiser is at the table anyway; it is not listed again as a participant. */
    private void writeParticipants(long id, long organiserId, List<Long> participantIds) {
        for (Long organisation : new LinkedHashSet<>(participantIds)) {
            if (organisation != organiserId) {
                jdbc.sql("insert into meeting_participant (meeting_id, organisation_id) values (:id, :org)")
                        .param("id", id).param("org", organisation).update();
            }
        }
    }

    private Map<Long, List<Long>> participants(Collection<Long> meetingIds) {
        Map<Long, List<Long>> byMeeting = new HashMap<>();
        jdbc.sql("select meeting_id, organisation_id from meeting_participant where meeting_id in (:ids) order by organisation_id")
                .param("ids", meetingIds).query((rs, i) -> Map.entry(rs.getLong("meeting_id"), rs.getLong("organisation_id")))
                .list().forEach(e -> byMeeting.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byMeeting;
    }

    private Map<String, Object> params(MeetingDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("titleRu", trim(d.titleRu()));
        p.put("titleKy", trim(d.titleKy()));
        p.put("startsAt", Timestamp.from(LocalDateTime.of(d.date(), d.startTime()).atZone(zone).toInstant()));
        p.put("endsAt", Timestamp.from(LocalDateTime.of(d.date(), d.endTime()).atZone(zone).toInstant()));
        p.put("place", trim(d.place()));
        p.put("online", d.online());
        p.put("url", d.online() ? trim(d.onlineUrl()) : null);
        return p;
    }

    static String trim(String text) {
        return Languages.present(text) ? text.trim() : null;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Meeting map(ResultSet rs, List<Long> participants) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("title_ru"), rs.getString("title_ky"), instant(rs, "starts_at"),
                instant(rs, "ends_at"), rs.getString("place"), rs.getBoolean("online"), rs.getString("online_url"),
                rs.getLong("organiser_id"), List.copyOf(participants), MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("minutes_ru"), rs.getString("minutes_ky"), instant(rs, "minutes_approved_at"),
                rs.getInt("version"));
    }
}
