package kg.kozomol.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/** Writes and reads timeline entries; the rules for who adds what live in {@link Timeline}. */
@Component
class TimelineEvents {

    static final String ENTITY = "timeline_entry";
    private static final String COLUMNS = """
            id, addressee_id, kind, occurred_on, completion, effect, confidence, method, body, evidence_url, file_id,
            position, previous_date, new_date, reply_to_id, author_id, author_org_id, created_at
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Addressees addressees;

    TimelineEvents(JdbcClient jdbc, AuditLog audit, Addressees addressees) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.addressees = addressees;
    }

    record Row(long addresseeId, TimelineKind kind, LocalDate occurredOn, Completion completion, Effect effect,
            Confidence confidence, String method, String body, String evidenceUrl, UUID fileId, Position position,
            LocalDate previousDate, LocalDate newDate, Long replyToId, Long authorOrgId) {

        static Row event(long addresseeId, TimelineKind kind, LocalDate on) {
            return new Row(addresseeId, kind, on, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    TimelineEntry add(Row row) {
        long id = jdbc.sql("""
                insert into timeline_entry (addressee_id, kind, occurred_on, completion, effect, confidence, method, body,
                  evidence_url, file_id, position, previous_date, new_date, reply_to_id, author_id, author_org_id)
                values (:addressee, :kind, :on, :completion, :effect, :confidence, :method, :body, :url, :file, :position,
                  :previous, :new, :replyTo, :author, :authorOrg) returning id
                """)
                .param("addressee", row.addresseeId()).param("kind", row.kind().name()).param("on", row.occurredOn())
                .param("completion", name(row.completion())).param("effect", name(row.effect()))
                .param("confidence", name(row.confidence())).param("method", row.method()).param("body", row.body())
                .param("url", row.evidenceUrl()).param("file", row.fileId()).param("position", name(row.position()))
                .param("previous", row.previousDate()).param("new", row.newDate()).param("replyTo", row.replyToId())
                .param("author", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).param("authorOrg", row.authorOrgId())
                .query(Long.class).single();
        TimelineEntry entry = require(id);
        audit.created(ENTITY, id, entry);
        if (entry.completion() != null) {
            addressees.refreshDerived(addressees.require(entry.addresseeId()).recommendationId());
        }
        return entry;
    }

    void positionReleased(long addresseeId, Position position, LocalDate on) {
        Row base = Row.event(addresseeId, TimelineKind.POSITION_RELEASED, on);
        add(new Row(addresseeId, base.kind(), on, null, null, null, null, null, null, null, position, null, null, null, null));
    }

    void inherited(long addresseeId, long fromOrganisationId, LocalDate on) {
        add(new Row(addresseeId, TimelineKind.INHERITED, on, null, null, null, null, null, null, null, null, null, null, null,
                fromOrganisationId));
    }

    /** Oldest first by the date it happened, then by the order it was written. */
    List<TimelineEntry> forAddressee(long addresseeId) {
        return jdbc.sql("select " + COLUMNS + " from timeline_entry where addressee_id = :a order by occurred_on, id")
                .param("a", addresseeId).query(TimelineEvents::map).list();
    }

    java.util.Optional<TimelineEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from timeline_entry where id = :id").param("id", id)
                .query(TimelineEvents::map).optional();
    }

    TimelineEntry require(long id) {
        return find(id).orElseThrow(() -> new kg.kozomol.platform.NotFoundException(ENTITY + " " + id));
    }

    /** The latest completion rating of the given kind, by date then order of writing. */
    Completion latest(long addresseeId, TimelineKind kind) {
        return jdbc.sql("""
                select completion from timeline_entry where addressee_id = :a and kind = :kind and completion is not null
                order by occurred_on desc, id desc limit 1
                """).param("a", addresseeId).param("kind", kind.name()).query(String.class).optional()
                .map(Completion::valueOf).orElse(null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static TimelineEntry map(ResultSet rs, int i) throws SQLException {
        return new TimelineEntry(rs.getLong("id"), rs.getLong("addressee_id"), TimelineKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_on", LocalDate.class), parse(Completion.class, rs.getString("completion")),
                parse(Effect.class, rs.getString("effect")), parse(Confidence.class, rs.getString("confidence")),
                rs.getString("method"), rs.getString("body"), rs.getString("evidence_url"), rs.getObject("file_id", UUID.class),
                parse(Position.class, rs.getString("position")), rs.getObject("previous_date", LocalDate.class),
                rs.getObject("new_date", LocalDate.class), rs.getObject("reply_to_id", Long.class),
                rs.getObject("author_id", Long.class), rs.getObject("author_org_id", Long.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
