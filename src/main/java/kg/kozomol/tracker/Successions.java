package kg.kozomol.tracker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;

/**
 * Ministries get reorganised: a body's successor becomes an addressee of each of its open recommendations
 * (not rejected, not complete, not terminal), with the same due date, and a timeline event says so.
 */
@Service
public class Successions {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;
    private final Addressees addressees;
    private final TimelineEvents events;
    private final ZoneId zone;

    Successions(JdbcClient jdbc, AuditLog audit, Organisations organisations, Addressees addressees, TimelineEvents events,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.addressees = addressees;
        this.events = events;
        this.zone = ZoneId.of(zone);
    }

    /** @return how many recommendations the successor inherited */
    @Transactional
    public int setSuccessor(long bodyId, long successorId) {
        Organisation body = organisations.require(bodyId);
        Organisation successor = organisations.require(successorId);
        if (bodyId == successorId || body.kind() != OrganisationKind.STATE_BODY || successor.kind() != OrganisationKind.STATE_BODY) {
            throw new TrackerRuleException("successorId", "tracker.rule.successor");
        }
        Optional<Long> before = successor(bodyId);
        jdbc.sql("""
                insert into body_successor (organisation_id, successor_id) values (:body, :successor)
                on conflict (organisation_id) do update set successor_id = excluded.successor_id, created_at = now()
                """).param("body", bodyId).param("successor", successorId).update();
        audit.updated("body_successor", bodyId, before.map(s -> Map.of("successorId", s)).orElse(null),
                Map.of("successorId", successorId));
        List<Addressee> open = jdbc.sql("""
                select a.id, a.recommendation_id, a.organisation_id, a.lead, a.original_due_date, a.due_date, a.position,
                       a.redirected_from, a.version
                from addressee a where a.organisation_id = :body
                  and coalesce(a.position, '') not in ('REJECTED', 'REDIRECTED')
                  and coalesce((select t.completion from timeline_entry t where t.addressee_id = a.id and t.completion is not null
                                order by t.occurred_on desc, t.id desc limit 1), '') not in ('COMPLETE', 'SUPERSEDED', 'WITHDRAWN')
                """).param("body", bodyId).query(Addressees::map).list();
        LocalDate today = LocalDate.now(zone);
        int inherited = 0;
        for (Addressee a : open) {
            if (addressees.find(a.recommendationId(), successorId).isEmpty()) {
                Addressee added = addressees.add(a.recommendationId(), successorId, a.dueDate(), bodyId);
                events.inherited(added.id(), bodyId, today);
                inherited++;
            }
        }
        return inherited;
    }

    @Transactional(readOnly = true)
    public Optional<Long> successor(long bodyId) {
        return jdbc.sql("select successor_id from body_successor where organisation_id = :body").param("body", bodyId)
                .query(Long.class).optional();
    }
}
