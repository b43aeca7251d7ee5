package kg.kozomol.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Languages;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;

/** The ordered agenda of a meeting; each point may name briefs and recommendations. */
@Service
public class Agenda {

    static final String ENTITY = "agenda_item";
    public static final int TITLE_MAX = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;
    private final LinkTargets targets;

    Agenda(JdbcClient jdbc, AuditLog audit, Meetings meetings, LinkTargets targets) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.targets = targets;
    }

    /** Adds a point at the end of the agenda of an open meeting. */
    @Transactional
    public AgendaItem add(long meetingId, AgendaItemDraft draft, KozomolPrincipal user) {
        meetings.lock(meetingId).ensureOpen();
        String title = title(draft);
        List<Long> briefIds = targets.briefs(draft.briefIds(), user);
        List<Long> recommendationIds = targets.recommendations(draft.recommendationReferences(), user);
        long id = jdbc.sql("""
                insert into agenda_item (meeting_id, position, title)
                values (:meeting, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = :meeting), :title)
                returning id
                """).param("meeting", meetingId).param("title", title).query(Long.class).single();
        writeLinks(id, briefIds, recommendationIds);
        AgendaItem created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public AgendaItem update(long id, int expectedVersion, AgendaItemDraft draft, KozomolPrincipal user) {
        AgendaItem before = require(id);
        meetings.lock(before.meetingId()).ensureOpen();
        String title = title(draft);
        List<Long> briefIds = targets.briefs(draft.briefIds(), user);
        List<Long> recommendationIds = targets.recommendations(draft.recommendationReferences(), user);
        int changed = jdbc.sql("update agenda_item set title = :title, version = version + 1 where id = :id and version = :version")
                .param("title", title).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from agenda_item_brief where agenda_item_id = :id").param("id", id).update();
        jdbc.sql("delete from agenda_item_recommendation where agenda_item_id = :id").param("id", id).update();
        writeLinks(id, briefIds, recommendationIds);
        AgendaItem after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** Swaps the point with the one before ({@code up}) or after it; at either end nothing moves. */
    @Transactional
    public void move(long id, boolean up) {
        meetings.lock(require(id).meetingId()).ensureOpen();
        AgendaItem item = require(id);
        Optional<AgendaItem> neighbour = jdbc.sql("select id from agenda_item where meeting_id = :meeting and position "
                        + (up ? "< :position order by position desc" : "> :position order by position") + " limit 1")
                .param("meeting", item.meetingId()).param("position", item.position()).query(Long.class).optional()
                .map(this::require);
        if (neighbour.isEmpty()) {
            return;
        }
        setPosition(item, neighbour.get().position());
        setPosition(neighbour.get(), item.position());
    }

    /** Removes a point on which nothing was decided; a decision is part of the record. */
    @Transactional
    public void remove(long id) {
        AgendaItem before = require(id);
        meetings.lock(before.meetingId()).ensureOpen();
        long decisions = jdbc.sql("select count(*) from meeting_decision where agenda_item_id = :id").param("id", id)
                .query(Long.class).single();
        if (decisions > 0) {
            throw new DialogueRuleException(null, "dialogue.rule.itemHasDecisions");
        }
        jdbc.sql("delete from agenda_item where id = :id").param("id", id).update();
        audit.deleted(ENTITY, id, before);
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> of(long meetingId) {
        Map<Long, List<Long>> briefs = links("""
                select l.agenda_item_id, l.brief_id as target from agenda_item_brief l
                join agenda_item i on i.id = l.agenda_item_id where i.meeting_id = :id order by l.brief_id
                """, meetingId);
        Map<Long, List<Long>> recommendations = links("""
                select l.agenda_item_id, l.recommendation_id as target from agenda_item_recommendation l
                join agenda_item i on i.id = l.agenda_item_id where i.meeting_id = :id order by l.recommendation_id
                """, meetingId);
        return jdbc.sql("select id, meeting_id, position, title, version from agenda_item where meeting_id = :id order by position, id")
                .param("id", meetingId)
                .query((rs, i) -> new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                        rs.getString("title"), briefs.getOrDefault(rs.getLong("id"), List.of()),
                        recommendations.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<AgendaItem> find(long id) {
        return jdbc.sql("select meeting_id from agenda_item where id = :id").param("id", id).query(Long.class).optional()
                .flatMap(meetingId -> of(meetingId).stream().filter(item -> item.id() == id).findFirst());
    }

    public AgendaItem require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** A point of the given meeting; one of another meeting is not found here. */
    public AgendaItem require(long meetingId, long id) {
        return find(id).filter(item -> item.meetingId() == meetingId).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private void setPosition(AgendaItem item, int position) {
        jdbc.sql("update agenda_item set position = :position, version = version + 1 where id = :id")
                .param("position", position).param("id", item.id()).update();
        audit.updated(ENTITY, item.id(), Map.of("position", item.position()), Map.of("position", position));
    }

    private void writeLinks(long id, List<Long> briefIds, List<Long> recommendationIds) {
        for (long brief : briefIds) {
            jdbc.sql("insert into agenda_item_brief (agenda_item_id, brief_id) values (:id, :brief)")
                    .param("id", id).param("brief", brief).update();
        }
        for (long recommendation : recommendationIds) {
            jdbc.sql("insert into agenda_item_recommendation (agenda_item_id, recommendation_id) values (:id, :rec)")
                    .param("id", id).param("rec", recommendation).update();
        }
    }

    private Map<Long, List<Long>> links(String sql, long meetingId) {
        Map<Long, List<Long>> byItem = new HashMap<>();
        jdbc.sql(sql).param("id", meetingId).query((rs, i) -> Map.entry(rs.getLong("agenda_item_id"), rs.getLong("target")))
                .list().forEach(e -> byItem.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byItem;
    }

    private static String title(AgendaItemDraft draft) {
        if (!Languages.present(draft.title())) {
            throw new DialogueRuleException("title", "dialogue.validation.required");
        }
        if (draft.title().trim().length() > TITLE_MAX) {
            throw new DialogueRuleException("title", "dialogue.validation.tooLong");
        }
        return draft.title().trim();
    }
}
