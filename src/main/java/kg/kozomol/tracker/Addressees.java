package kg.kozomol.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;

/** The bodies a recommendation is addressed to, each with its own due date and position. */
@Service
public class Addressees {

    static final String ENTITY = "addressee";
    private static final String COLUMNS = """
            a.id, a.recommendation_id, a.organisation_id, a.lead, a.original_due_date, a.due_date, a.position,
            a.redirected_from, a.version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final String zone;

    Addressees(JdbcClient jdbc, AuditLog audit, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zone = zone;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void replace(long recommendationId, long leadId, List<Long> supportingIds) {
        jdbc.sql("delete from addressee where recommendation_id = :id").param("id", recommendationId).update();
        insert(recommendationId, leadId, true, null, null);
        Set<Long> others = new LinkedHashSet<>(supportingIds);
        others.remove(leadId);
        for (long body : others) {
            insert(recommendationId, body, false, null, null);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void startClocks(long recommendationId, LocalDate dueDate) {
        jdbc.sql("update addressee set due_date = :due, original_due_date = :due where recommendation_id = :id")
                .param("due", dueDate).param("id", recommendationId).update();
    }

    /** Adds a body (e.g. named by a redirect) with its own clock; an existing addressee is left as it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    Addressee add(long recommendationId, long organisationId, LocalDate dueDate, Long redirectedFrom) {
        Optional<Addressee> existing = find(recommendationId, organisationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = insert(recommendationId, organisationId, false, dueDate, redirectedFrom);
        refreshDerived(recommendationId);
        Addressee added = require(id);
        audit.created(ENTITY, id, added);
        return added;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setPosition(long addresseeId, Position position) {
        Addressee before = require(addresseeId);
        jdbc.sql("update addressee set position = :p, version = version + 1 where id = :id")
                .param("p", position == null ? null : position.name()).param("id", addresseeId).update();
        audit.updated(ENTITY, addresseeId, before, require(addresseeId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void setDueDate(long addresseeId, LocalDate dueDate) {
        Addressee before = require(addresseeId);
        jdbc.sql("update addressee set due_date = :due, version = version + 1 where id = :id")
                .param("due", dueDate).param("id", addresseeId).update();
        audit.updated(ENTITY, addresseeId, before, require(addresseeId));
    }

    /**
     * Recomputes what the tracker keeps about each body of the recommendation from its sources: the implementation
     * due date (last planned measure of the released position, else the proposed date), the latest completion
     * rating and the days it took to answer (SQL function of V26). Called by every change to those sources, in the
     * same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshDerived(long recommendationId) {
        jdbc.sql("select tracker_refresh_derived(array[:rec]::bigint[], :zone)")
                .param("rec", recommendationId).param("zone", zone).query().singleRow();
    }

    private long insert(long recommendationId, long organisationId, boolean lead, LocalDate due, Long redirectedFrom) {
        return jdbc.sql("""
                insert into addressee (recommendation_id, organisation_id, lead, original_due_date, due_date, redirected_from)
                values (:rec, :org, :lead, :due, :due, :from) returning id
                """).param("rec", recommendationId).param("org", organisationId).param("lead", lead).param("due", due)
                .param("from", redirectedFrom).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Addressee> forRecommendation(long recommendationId) {
        return jdbc.sql("select " + COLUMNS + " from addressee a where a.recommendation_id = :id order by a.lead desc, a.id")
                .param("id", recommendationId).query(Addressees::map).list();
    }

    /** The addressees of many recommendations at once, lead first, by recommendation id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Addressee>> forRecommendations(java.util.Collection<Long> recommendationIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(recommendationIds));
        java.util.Map<Long, List<Addressee>> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select " + COLUMNS + " from addressee a where a.recommendation_id in (:ids) order by a.lead desc, a.id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).query(Addressees::map).list()
                    .forEach(a -> found.computeIfAbsent(a.recommendationId(), k -> new java.util.ArrayList<>()).add(a));
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Addressee> find(long recommendationId, long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from addressee a where a.recommendation_id = :rec and a.organisation_id = :org")
                .param("rec", recommendationId).param("org", organisationId).query(Addressees::map).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Addressee> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from addressee a where a.id = :id").param("id", id)
                .query(Addressees::map).optional();
    }

    public Addressee require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** Released recommendations addressed to the given bodies, soonest due first: a focal point's inbox. */
    @Transactional(readOnly = true)
    public PageOf<InboxItem> inbox(Set<Long> bodies, PageRequest page) {
        if (bodies.isEmpty()) {
            return new PageOf<>(List.of(), page.page(), page.size(), 0);
        }
        long total = jdbc.sql("""
                select count(*) from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and a.organisation_id in (:bodies)
                """).param("bodies", bodies).query(Long.class).single();
        List<InboxItem> items = jdbc.sql("""
                select a.id as addressee_id, a.organisation_id, a.due_date, a.original_due_date, a.position,
                       r.id as recommendation_id, r.reference, r.text_ru, r.text_ky, r.priority,
                       (select p.id from state_position p where p.addressee_id = a.id and p.status = 'DRAFT') as draft_id
                from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and a.organisation_id in (:bodies)
                order by (a.position is null or a.position = 'NO_RESPONSE') desc, a.due_date nulls last, r.reference
                limit :limit offset :offset
                """).param("bodies", bodies).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new InboxItem(rs.getLong("addressee_id"), rs.getLong("organisation_id"),
                        rs.getLong("recommendation_id"), rs.getString("reference"), rs.getString("text_ru"),
                        rs.getString("text_ky"), Priority.valueOf(rs.getString("priority")),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("original_due_date", LocalDate.class),
                        rs.getString("position") == null ? null : Position.valueOf(rs.getString("position")),
                        rs.getObject("draft_id", Long.class)))
                .list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    static Addressee map(ResultSet rs, int row) throws SQLException {
        return new Addressee(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getLong("organisation_id"),
                rs.getBoolean("lead"), rs.getObject("original_due_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("position") == null ? null : Position.valueOf(rs.getString("position")),
                rs.getObject("redirected_from", Long.class), rs.getInt("version"));
    }
}
