package kg.kozomol.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;

/**
 * A body's position: drafted, then released. A body answers once; changing a released answer takes an
 * explicit revision, which supersedes the old position on release and keeps it in the history.
 */
@Service
public class StateResponses {

    static final String ENTITY = "state_position";
    private static final String COLUMNS = """
            id, addressee_id, position, reasoning, evidence_url, evidence_file_id, redirect_to_id, letter_number,
            letter_date, letter_file_id, responsible_unit, status, revision, released_at, version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Addressees addressees;
    private final Organisations organisations;
    private final TrackerFiles files;
    private final TimelineEvents events;
    private final Followers followers;
    private final ZoneId zone;
    private final int responseDays;

    StateResponses(JdbcClient jdbc, AuditLog audit, Addressees addressees, Organisations organisations, TrackerFiles files,
            TimelineEvents events, Followers followers, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone,
            @Value("${kozomol.tracker.response-days:30}") int responseDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.addressees = addressees;
        this.organisations = organisations;
        this.files = files;
        this.events = events;
        this.followers = followers;
        this.zone = ZoneId.of(zone);
        this.responseDays = responseDays;
    }

    /**
     * Saves the body's draft position, replacing an earlier draft. With a released position already in place,
     * only an explicit revision is accepted.
     */
    @Transactional
    public StatePosition saveDraft(long addresseeId, PositionDraft draft, boolean revise) {
        Addressee addressee = addressees.require(addresseeId);
        validate(addressee, draft);
        boolean answered = released(addresseeId).isPresent();
        if (answered && !revise) {
            throw new TrackerRuleException(null, "tracker.rule.alreadyAnswered");
        }
        Optional<StatePosition> previous = draft(addresseeId);
        previous.ifPresent(p -> {
            jdbc.sql("delete from state_position where id = :id").param("id", p.id()).update();
            audit.deleted(ENTITY, p.id(), p);
        });
        UUID evidence = files.store(draft.evidenceFile(), "tracker.evidence", addressee.organisationId(), "evidenceFile");
        UUID scan = files.store(draft.letterScan(), "tracker.letter", addressee.organisationId(), "letterScan");
        if (evidence == null && previous.isPresent()) {
            evidence = previous.get().evidenceFileId();
        }
        if (scan == null && previous.isPresent()) {
            scan = previous.get().letterFileId();
        }
        if (draft.position().requiresEvidence() && evidence == null && Recommendations.blank(draft.evidenceUrl())) {
            throw new TrackerRuleException("evidenceUrl", "tracker.rule.evidenceRequired");
        }
        long id = jdbc.sql("""
                insert into state_position (addressee_id, position, reasoning, evidence_url, evidence_file_id, redirect_to_id,
                  letter_number, letter_date, letter_file_id, responsible_unit, status, revision, created_by)
                values (:addressee, :position, :reasoning, :url, :evidence, :redirect, :letter, :letterDate, :scan, :unit,
                  'DRAFT', :revision, :by) returning id
                """)
                .param("addressee", addresseeId).param("position", draft.position().name())
                .param("reasoning", trim(draft.reasoning())).param("url", trim(draft.evidenceUrl()))
                .param("evidence", evidence).param("redirect", draft.position() == Position.REDIRECTED ? draft.redirectToId() : null)
                .param("letter", trim(draft.letterNumber())).param("letterDate", draft.letterDate()).param("scan", scan)
                .param("unit", trim(draft.responsibleUnit())).param("revision", answered)
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .query(Long.class).single();
        for (PlannedMeasure m : draft.measures()) {
            jdbc.sql("insert into planned_measure (position_id, description, target_date) values (:p, :d, :t)")
                    .param("p", id).param("d", m.description().trim()).param("t", m.targetDate()).update();
        }
        StatePosition saved = require(id);
        audit.created(ENTITY, id, saved);
        return saved;
    }

    /** Releases a drafted position: it becomes the body's answer, visible to all, and goes on the timeline. */
    @Transactional
    public StatePosition release(long positionId, int expectedVersion) {
        StatePosition before = require(positionId);
        if (before.status() != PositionStatus.DRAFT) {
            throw new TrackerRuleException(null, "tracker.rule.alreadyAnswered");
        }
        Optional<StatePosition> current = released(before.addresseeId());
        if (current.isPresent()) {
            if (!before.revision()) {
                throw new TrackerRuleException(null, "tracker.rule.alreadyAnswered");
            }
            jdbc.sql("update state_position set status = 'SUPERSEDED', version = version + 1 where id = :id")
                    .param("id", current.get().id()).update();
            audit.updated(ENTITY, current.get().id(), current.get(), require(current.get().id()));
        }
        int changed = jdbc.sql("""
                update state_position set status = 'RELEASED', released_at = now(), version = version + 1
                where id = :id and version = :version and status = 'DRAFT'
                """).param("id", positionId).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + positionId);
        }
        StatePosition after = require(positionId);
        audit.updated(ENTITY, positionId, before, after);
        Addressee addressee = addressees.require(before.addresseeId());
        addressees.setPosition(addressee.id(), after.position());
        addressees.refreshDerived(addressee.recommendationId());
        LocalDate today = LocalDate.now(zone);
        events.positionReleased(addressee.id(), after.position(), today);
        if (after.position() == Position.REDIRECTED && after.redirectToId() != null) {
            Addressee added = addressees.add(addressee.recommendationId(), after.redirectToId(), today.plusDays(responseDays),
                    addressee.organisationId());
            events.inherited(added.id(), addressee.organisationId(), today);
        }
        followers.changedForAuthors(addressee.recommendationId(), "tracker.notice.positionReleased",
                List.of(reference(addressee.recommendationId())));
        return after;
    }

    /** Releases several drafted positions at once, e.g. after internal sign-off; all or none. */
    @Transactional
    public List<StatePosition> releaseAll(List<Long> positionIds) {
        return positionIds.stream().map(id -> release(id, require(id).version())).toList();
    }

    /** Released after the body's response due date (in the platform's time zone): shown as a late answer. */
    public boolean late(StatePosition position, Addressee addressee) {
        return position != null && position.releasedAt() != null && addressee.dueDate() != null
                && LocalDate.ofInstant(position.releasedAt(), zone).isAfter(addressee.dueDate());
    }

    @Transactional(readOnly = true)
    public Optional<StatePosition> released(long addresseeId) {
        return one("addressee_id = :a and status = 'RELEASED'", addresseeId);
    }

    @Transactional(readOnly = true)
    public Optional<StatePosition> draft(long addresseeId) {
        return one("addressee_id = :a and status = 'DRAFT'", addresseeId);
    }

    /** Every released and superseded position of the body, newest first. */
    @Transactional(readOnly = true)
    public List<StatePosition> history(long addresseeId) {
        return jdbc.sql("select " + COLUMNS + " from state_position where addressee_id = :a and status <> 'DRAFT' "
                        + "order by released_at desc, id desc")
                .param("a", addresseeId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<StatePosition> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from state_position where id = :id").param("id", id).query(this::map).optional();
    }

    public StatePosition require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private Optional<StatePosition> one(String where, long addresseeId) {
        return jdbc.sql("select " + COLUMNS + " from state_position where " + where).param("a", addresseeId)
                .query(this::map).optional();
    }

    private void validate(Addressee addressee, PositionDraft draft) {
        Position position = draft.position();
        if (position == null || !position.choosable()) {
            throw new TrackerRuleException("position", "tracker.validation.required");
        }
        if (position.requiresReasoning() && Recommendations.blank(draft.reasoning())) {
            throw new TrackerRuleException("reasoning", "tracker.rule.reasoningRequired");
        }
        if (position == Position.REDIRECTED) {
            Organisation target = draft.redirectToId() == null ? null : organisations.find(draft.redirectToId()).orElse(null);
            if (target == null || target.kind() != OrganisationKind.STATE_BODY || target.id() == addressee.organisationId()) {
                throw new TrackerRuleException("redirectToId", "tracker.rule.redirectTarget");
            }
        }
        String url = draft.evidenceUrl();
        if (!Recommendations.blank(url) && !url.trim().matches("(?i)https?://\\S+")) {
            throw new TrackerRuleException("evidenceUrl", "tracker.rule.url");
        }
        for (PlannedMeasure m : draft.measures()) {
            if (Recommendations.blank(m.description())) {
                throw new TrackerRuleException("measures", "tracker.rule.measureText");
            }
            if (draft.letterDate() != null && m.targetDate() != null && m.targetDate().isBefore(draft.letterDate())) {
                throw new TrackerRuleException("measures", "tracker.rule.measureBeforeLetter");
            }
        }
    }

    private String reference(long recommendationId) {
        return jdbc.sql("select reference from recommendation where id = :id").param("id", recommendationId)
                .query(String.class).single();
    }

    private static String trim(String value) {
        return Recommendations.blank(value) ? null : value.trim();
    }

    private StatePosition map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<PlannedMeasure> measures = jdbc.sql("select description, target_date from planned_measure where position_id = :id order by id")
                .param("id", id).query((m, i) -> new PlannedMeasure(m.getString("description"),
                        m.getObject("target_date", LocalDate.class))).list();
        return new StatePosition(id, rs.getLong("addressee_id"), Position.valueOf(rs.getString("position")),
                rs.getString("reasoning"), rs.getString("evidence_url"), rs.getObject("evidence_file_id", UUID.class),
                rs.getObject("redirect_to_id", Long.class), rs.getString("letter_number"),
                rs.getObject("letter_date", LocalDate.class), rs.getObject("letter_file_id", UUID.class),
                rs.getString("responsible_unit"), PositionStatus.valueOf(rs.getString("status")), rs.getBoolean("revision"),
                rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(),
                rs.getInt("version"), measures);
    }
}
