package kg.kozomol.brief;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/**
 * The press kit of a brief and the brief's embargo. The researchers of the brief's organisation edit and preview it;
 * everyone else gets it only through {@link #published(long)}, which reads the portal views: nothing before the
 * brief is published and its embargo has passed.
 */
@Service
public class PressKits {

    static final String ENTITY = "brief_press_kit";

    private final JdbcClient jdbc;
    private final PressKitRows rows;
    private final BriefAccess access;
    private final Findings findings;
    private final AuditLog audit;

    PressKits(JdbcClient jdbc, PressKitRows rows, BriefAccess access, Findings findings, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.access = access;
        this.findings = findings;
        this.audit = audit;
    }

    /** The kit as the public may see it: only of a published brief past its embargo. */
    @Transactional(readOnly = true)
    public Optional<PressKit> published(long briefId) {
        return rows.find(briefId, PressKitRows.Source.PUBLIC);
    }

    /** The kit as it is, for those who may edit the brief (its organisation's researchers, admins); else empty. */
    @Transactional(readOnly = true)
    public Optional<PressKit> preview(long briefId, KozomolPrincipal user) {
        return editableBrief(briefId, user).flatMap(b -> rows.find(briefId, PressKitRows.Source.TABLES));
    }

    /** The brief, when this user may edit its press kit. */
    @Transactional(readOnly = true)
    public Optional<Brief> editableBrief(long briefId, KozomolPrincipal user) {
        try {
            return Optional.of(access.editable(briefId, user));
        } catch (kg.kozomol.platform.NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The brief's embargo, or null when it has none. */
    @Transactional(readOnly = true)
    public Instant embargo(long briefId) {
        Timestamp until = jdbc.sql("select embargo_until from brief where id = :id").param("id", briefId)
                .query(Timestamp.class).optional().orElse(null);
        return until == null ? null : until.toInstant();
    }

    /**
     * Saves the kit and the embargo together.
     *
     * @param expectedVersion the kit's version as the form was opened, or null when it had no kit yet
     */
    @Transactional
    public PressKit save(long briefId, Integer expectedVersion, PressKitDraft draft, KozomolPrincipal user) {
        Brief brief = access.editable(briefId, user);
        brief.ensureNotWithdrawn();
        Optional<PressKit> before = rows.find(briefId, PressKitRows.Source.TABLES);
        Map<String, Object> beforeState = state(embargo(briefId), before.orElse(null));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", briefId);
        params.put("summaryRu", draft.summary().ru());
        params.put("summaryKy", draft.summary().ky());
        params.put("name", draft.contact().name());
        params.put("email", draft.contact().email());
        params.put("phone", draft.contact().phone());
        if (before.isEmpty()) {
            if (expectedVersion != null) {
                throw new StaleRecordException(ENTITY + " " + briefId);
            }
            jdbc.sql("""
                    insert into brief_press_kit (brief_id, summary_ru, summary_ky, contact_name, contact_email, contact_phone)
                    values (:id, :summaryRu, :summaryKy, :name, :email, :phone)
                    """).params(params).update();
        } else {
            params.put("version", expectedVersion == null ? -1 : expectedVersion);
            int changed = jdbc.sql("""
                    update brief_press_kit set summary_ru = :summaryRu, summary_ky = :summaryKy, contact_name = :name,
                      contact_email = :email, contact_phone = :phone, updated_at = now(), version = version + 1
                    where brief_id = :id and version = :version
                    """).params(params).update();
            if (changed == 0) {
                throw new StaleRecordException(ENTITY + " " + briefId);
            }
        }
        jdbc.sql("update brief set embargo_until = :until where id = :id")
                .param("until", draft.embargoUntil() == null ? null : Timestamp.from(draft.embargoUntil()))
                .param("id", briefId).update();
        saveLines(briefId, draft);
        PressKit after = rows.find(briefId, PressKitRows.Source.TABLES).orElseThrow();
        Map<String, Object> afterState = state(draft.embargoUntil(), after);
        if (before.isEmpty()) {
            audit.created(ENTITY, briefId, afterState);
        } else {
            audit.updated(ENTITY, briefId, beforeState, afterState);
        }
        return after;
    }

    private void saveLines(long briefId, PressKitDraft draft) {
        Map<Long, Finding> own = findings.of(briefId).stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        jdbc.sql("delete from press_kit_figure where brief_id = :id").param("id", briefId).update();
        jdbc.sql("delete from press_kit_quote where brief_id = :id").param("id", briefId).update();
        int position = 0;
        for (PressKit.KeyFigure f : draft.figures()) {
            jdbc.sql("""
                    insert into press_kit_figure (brief_id, position, label_ru, label_ky, value, unit, finding_id, in_chart)
                    values (:id, :position, :labelRu, :labelKy, :value, :unit, :finding, :chart)
                    """).param("id", briefId).param("position", position++).param("labelRu", f.label().ru())
                    .param("labelKy", f.label().ky()).param("value", f.value()).param("unit", f.unit())
                    .param("finding", ownFinding(own, f.findingId())).param("chart", f.inChart()).update();
        }
        position = 0;
        for (PressKit.Quote q : draft.quotes()) {
            Long finding = ownFinding(own, q.findingId());
            // A line "from a finding" without own words quotes the finding's title.
            Bilingual text = q.text().isEmpty() && finding != null ? own.get(finding).title() : q.text();
            jdbc.sql("insert into press_kit_quote (brief_id, position, text_ru, text_ky, finding_id) "
                    + "values (:id, :position, :ru, :ky, :finding)").param("id", briefId).param("position", position++)
                    .param("ru", text.ru()).param("ky", text.ky()).param("finding", finding).update();
        }
    }

    private static Long ownFinding(Map<Long, Finding> own, Long id) {
        return id != null && own.containsKey(id) ? id : null;
    }

    private static Map<String, Object> state(Instant embargo, PressKit kit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("embargoUntil", embargo);
        state.put("kit", kit);
        return state;
    }

    /** The findings a key figure or a quote may come from. */
    @Transactional(readOnly = true)
    public List<Finding> findingsOf(long briefId) {
        return new ArrayList<>(findings.of(briefId));
    }
}
