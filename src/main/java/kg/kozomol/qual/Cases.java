package kg.kozomol.qual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;

/** Cases (participants or groups) with their attributes and consent; a withdrawal locks the case's transcripts. */
@Service
public class Cases {

    static final String ENTITY = "qual_case";
    private static final String SELECT = """
            select c.id, c.project_id, c.label, c.sex, c.age_group, c.region, c.role, array_to_string(c.publish, ',') as publish,
                   c.version, k.recording, k.quotation, k.archiving, k.transfer, k.given_on, k.form_version, k.withdrawn_on
            from qual_case c left join qual_consent k on k.case_id = c.id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Cases(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public QualCase create(long projectId, CaseDraft draft) {
        String label = trimmed(draft.label());
        if (label == null || label.length() > 100) {
            throw new QualRefusedException("qual.validation.caseLabel");
        }
        if (jdbc.sql("select count(*) from qual_case where project_id = :p and label = :l").param("p", projectId)
                .param("l", label).query(Long.class).single() > 0) {
            throw new QualRefusedException("qual.validation.caseLabelTaken");
        }
        long id = jdbc.sql("""
                insert into qual_case (project_id, label, sex, age_group, region, role, publish)
                values (:p, :label, :sex, :age, :region, :role, string_to_array(:publish, ','))
                returning id""").param("p", projectId).param("label", label).param("sex", limit(draft.sex(), 50))
                .param("age", limit(draft.ageGroup(), 50)).param("region", limit(draft.region(), 100))
                .param("role", limit(draft.role(), 100)).param("publish", draft.publish() == null ? ""
                        : draft.publish().stream().map(Enum::name).collect(Collectors.joining(",")))
                .query(Long.class).single();
        QualCase created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public QualCase recordConsent(long caseId, int expectedVersion, Consent consent) {
        QualCase before = require(caseId);
        if (before.locked()) {
            throw new QualRefusedException("qual.refused.withdrawn");
        }
        String form = trimmed(consent.formVersion());
        if (consent.givenOn() == null || form == null || form.length() > 50) {
            throw new QualRefusedException("qual.validation.consent");
        }
        bump(caseId, expectedVersion);
        jdbc.sql("""
                insert into qual_consent (case_id, recording, quotation, archiving, transfer, given_on, form_version)
                values (:id, :rec, :quo, :arc, :tra, :on, :form)
                on conflict (case_id) do update set recording = :rec, quotation = :quo, archiving = :arc, transfer = :tra,
                  given_on = :on, form_version = :form, version = qual_consent.version + 1""")
                .param("id", caseId).param("rec", consent.recording()).param("quo", consent.quotation())
                .param("arc", consent.archiving()).param("tra", consent.transfer()).param("on", consent.givenOn())
                .param("form", form).update();
        QualCase after = require(caseId);
        audit.updated(ENTITY, caseId, before.consent(), after.consent());
        return after;
    }

    /** From now on every transcript of the case is read-only and left out of coding, analysis and quotes. */
    @Transactional
    public QualCase withdraw(long caseId, int expectedVersion, LocalDate on) {
        QualCase before = require(caseId);
        if (before.consent() == null || before.locked()) {
            throw new QualRefusedException("qual.refused.noConsentToWithdraw");
        }
        bump(caseId, expectedVersion);
        jdbc.sql("update qual_consent set withdrawn_on = :on, version = version + 1 where case_id = :id")
                .param("on", on).param("id", caseId).update();
        QualCase after = require(caseId);
        audit.updated(ENTITY, caseId, before.consent(), after.consent());
        return after;
    }

    @Transactional(readOnly = true)
    public List<QualCase> of(long projectId) {
        return jdbc.sql(SELECT + " where c.project_id = :p order by c.label").param("p", projectId).query(Cases::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<QualCase> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Cases::map).optional();
    }

    public QualCase require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    private void bump(long caseId, int expectedVersion) {
        if (jdbc.sql("update qual_case set version = version + 1 where id = :id and version = :v").param("id", caseId)
                .param("v", expectedVersion).update() == 0) {
            throw new StaleRecordException(ENTITY + " " + caseId);
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String limit(String text, int max) {
        String t = trimmed(text);
        if (t != null && t.length() > max) {
            throw new QualRefusedException("qual.validation.attributeTooLong");
        }
        return t;
    }

    private static QualCase map(ResultSet rs, int row) throws SQLException {
        Set<CaseAttribute> publish = EnumSet.noneOf(CaseAttribute.class);
        String joined = rs.getString("publish");
        if (joined != null && !joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(CaseAttribute::valueOf).forEach(publish::add);
        }
        Consent consent = rs.getObject("given_on") == null ? null : new Consent(rs.getBoolean("recording"),
                rs.getBoolean("quotation"), rs.getBoolean("archiving"), rs.getBoolean("transfer"),
                rs.getObject("given_on", LocalDate.class), rs.getString("form_version"),
                rs.getObject("withdrawn_on", LocalDate.class));
        return new QualCase(rs.getLong("id"), rs.getLong("project_id"), rs.getString("label"), rs.getString("sex"),
                rs.getString("age_group"), rs.getString("region"), rs.getString("role"), publish, consent, rs.getInt("version"));
    }
}
