package kg.kozomol.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.StaleRecordException;

/** Recommendations of CSOs to state bodies: writing, releasing, and finding them. */
@Service
public class Recommendations {

    static final String ENTITY = "recommendation";
    private static final String COLUMNS = """
            r.id, r.brief_id, r.brief_version, r.organisation_id, r.reference, r.text_ru, r.text_ky, r.original_language,
            r.theme_id, r.action_type, r.priority, r.proposed_implementation_date, r.status, r.released_at, r.version
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;
    private final Addressees addressees;
    private final Followers followers;
    private final ZoneId zone;
    private final int responseDays;

    Recommendations(JdbcClient jdbc, AuditLog audit, Organisations organisations, Addressees addressees, Followers followers,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone, @Value("${kozomol.tracker.response-days:30}") int responseDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.addressees = addressees;
        this.followers = followers;
        this.zone = ZoneId.of(zone);
        this.responseDays = responseDays;
    }

    @Transactional
    public Recommendation create(RecommendationDraft draft) {
        validate(draft);
        String reference = nextReference(draft.organisationId());
        long id = jdbc.sql("""
                insert into recommendation (brief_id, brief_version, organisation_id, reference, text_ru, text_ky,
                  original_language, theme_id, action_type, priority, proposed_implementation_date, status, created_by)
                values (:briefId, :briefVersion, :org, :reference, :ru, :ky, :lang, :theme, :type, :priority, :proposed,
                  'DRAFT', :by) returning id
                """)
                .params(params(draft)).param("org", draft.organisationId()).param("reference", reference)
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .query(Long.class).single();
        writeSdgs(id, draft.sdgCodes());
        addressees.replace(id, draft.leadAddresseeId(), draft.supportingAddresseeIds());
        addressees.refreshDerived(id);
        Recommendation created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Edits the CSO's text; addressees change only while the recommendation is a draft. */
    @Transactional
    public Recommendation update(long id, int expectedVersion, RecommendationDraft draft) {
        validate(draft);
        Recommendation before = require(id);
        int changed = jdbc.sql("""
                update recommendation set brief_id = :briefId, brief_version = :briefVersion, text_ru = :ru, text_ky = :ky,
                  original_language = :lang, theme_id = :theme, action_type = :type, priority = :priority,
                  proposed_implementation_date = :proposed, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .params(params(draft)).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from recommendation_sdg where recommendation_id = :id").param("id", id).update();
        writeSdgs(id, draft.sdgCodes());
        if (!before.released()) {
            addressees.replace(id, draft.leadAddresseeId(), draft.supportingAddresseeIds());
        }
        addressees.refreshDerived(id);
        Recommendation after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** Releases a draft to its addressees and starts each body's response clock. */
    @Transactional
    public Recommendation release(long id, int expectedVersion) {
        Recommendation before = require(id);
        if (before.released()) {
            throw new TrackerRuleException(null, "tracker.rule.alreadyReleased");
        }
        int changed = jdbc.sql("""
                update recommendation set status = 'RELEASED', released_at = now(), updated_at = now(), version = version + 1
                where id = :id and version = :version and status = 'DRAFT'
                """).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        addressees.startClocks(id, today().plusDays(responseDays));
        addressees.refreshDerived(id);
        Recommendation after = require(id);
        audit.updated(ENTITY, id, before, after);
        followers.changed(id, "tracker.notice.released", List.of(after.reference()));
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from recommendation r where r.id = :id").param("id", id)
                .query(Recommendations::map).optional().map(r -> r.withSdgCodes(sdgCodes(id)));
    }

    public Recommendation require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** The recommendations of one brief, for the brief's page; drafts included, callers filter by access. */
    @Transactional(readOnly = true)
    public List<RecommendationSummary> forBrief(long briefId) {
        return jdbc.sql(SUMMARY + " where r.brief_id = :brief order by r.reference").param("brief", briefId)
                .query(Recommendations::summary).list();
    }

    /** Released recommendations, plus the drafts of the organisations given (the user's own); null means all drafts. */
    @Transactional(readOnly = true)
    public PageOf<RecommendationSummary> search(RecommendationFilter filter, Set<Long> draftOrganisations, PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (draftOrganisations != null) {
            clauses.add("(r.status = 'RELEASED' or r.organisation_id in (:own))");
            params.put("own", draftOrganisations.isEmpty() ? List.of(-1L) : draftOrganisations);
        }
        if (filter.briefId() != null) {
            clauses.add("r.brief_id = :brief");
            params.put("brief", filter.briefId());
        }
        if (filter.bodyId() != null) {
            clauses.add("exists (select 1 from addressee a where a.recommendation_id = r.id and a.organisation_id = :body)");
            params.put("body", filter.bodyId());
        }
        if (filter.themeId() != null) {
            clauses.add("r.theme_id = :theme");
            params.put("theme", filter.themeId());
        }
        if (filter.position() != null) {
            clauses.add("exists (select 1 from addressee a where a.recommendation_id = r.id and a.position = :position)");
            params.put("position", filter.position().name());
        }
        if (filter.status() != null) {
            clauses.add("r.status = :status");
            params.put("status", filter.status().name());
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        long total = jdbc.sql("select count(*) from recommendation r" + where).params(params).query(Long.class).single();
        List<RecommendationSummary> rows = jdbc.sql(SUMMARY + where + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(Recommendations::summary).list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<SdgTarget> sdgTargets() {
        return jdbc.sql("select code, goal, name_ru, name_ky, name_en from sdg_target order by goal, length(code), code")
                .query((rs, i) -> new SdgTarget(rs.getString("code"), rs.getInt("goal"), rs.getString("name_ru"),
                        rs.getString("name_ky"), rs.getString("name_en"))).list();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    private static final String SUMMARY = """
            select r.id, r.brief_id, r.reference, r.text_ru, r.text_ky, r.status, r.priority, r.action_type,
              (select count(*) from addressee a where a.recommendation_id = r.id) as addressees,
              (select count(*) from addressee a where a.recommendation_id = r.id and a.position is not null
                 and a.position <> 'NO_RESPONSE') as answered
            from recommendation r
            """;

    private void validate(RecommendationDraft draft) {
        if (blank(draft.textRu()) && blank(draft.textKy())) {
            throw new TrackerRuleException("textRu", "tracker.rule.textRequired");
        }
        String original = draft.originalLanguage();
        if (!"ru".equals(original) && !"ky".equals(original)) {
            throw new TrackerRuleException("originalLanguage", "tracker.validation.required");
        }
        if (blank("ru".equals(original) ? draft.textRu() : draft.textKy())) {
            throw new TrackerRuleException("ru".equals(original) ? "textRu" : "textKy", "tracker.rule.originalMissing");
        }
        Set<Long> bodies = new LinkedHashSet<>();
        bodies.add(draft.leadAddresseeId());
        bodies.addAll(draft.supportingAddresseeIds());
        List<Organisation> found = organisations.byIds(bodies);
        if (found.size() != bodies.size() || found.stream().anyMatch(o -> o.kind() != OrganisationKind.STATE_BODY)) {
            throw new TrackerRuleException("leadAddresseeId", "tracker.rule.addresseeNotStateBody");
        }
        Organisation issuer = organisations.find(draft.organisationId()).orElse(null);
        if (issuer == null || issuer.kind() != OrganisationKind.CSO) {
            throw new TrackerRuleException("organisationId", "tracker.rule.issuerNotCso");
        }
        if (draft.briefId() <= 0) {
            throw new TrackerRuleException("briefId", "tracker.validation.required");
        }
        if (!draft.sdgCodes().isEmpty()) {
            long known = jdbc.sql("select count(*) from sdg_target where code in (:codes)").param("codes", draft.sdgCodes())
                    .query(Long.class).single();
            if (known != new LinkedHashSet<>(draft.sdgCodes()).size()) {
                throw new TrackerRuleException("sdgCodes", "tracker.rule.unknownSdg");
            }
        }
    }

    /** Numbers only grow, per organisation and year, so a deleted recommendation's number is never reused. */
    private String nextReference(long organisationId) {
        int year = today().getYear();
        int next = jdbc.sql("""
                insert into recommendation_number (organisation_id, year, last_value) values (:org, :year, 1)
                on conflict (organisation_id, year) do update set last_value = recommendation_number.last_value + 1
                returning last_value
                """).param("org", organisationId).param("year", year).query(Integer.class).single();
        return "R%d-%d-%03d".formatted(organisationId, year, next);
    }

    private void writeSdgs(long id, List<String> codes) {
        for (String code : new LinkedHashSet<>(codes)) {
            jdbc.sql("insert into recommendation_sdg (recommendation_id, sdg_code) values (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private List<String> sdgCodes(long id) {
        return jdbc.sql("select sdg_code from recommendation_sdg where recommendation_id = :id order by sdg_code")
                .param("id", id).query(String.class).list();
    }

    private static Map<String, Object> params(RecommendationDraft d) {
        Map<String, Object> params = new HashMap<>();
        params.put("briefId", d.briefId());
        params.put("briefVersion", d.briefVersion());
        params.put("ru", blank(d.textRu()) ? null : d.textRu().trim());
        params.put("ky", blank(d.textKy()) ? null : d.textKy().trim());
        params.put("lang", d.originalLanguage());
        params.put("theme", d.themeId());
        params.put("type", d.actionType().name());
        params.put("priority", d.priority().name());
        params.put("proposed", d.proposedImplementationDate());
        return params;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Recommendation map(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getLong("brief_id"), rs.getInt("brief_version"),
                rs.getLong("organisation_id"), rs.getString("reference"), rs.getString("text_ru"), rs.getString("text_ky"),
                rs.getString("original_language"), rs.getObject("theme_id", Long.class),
                ActionType.valueOf(rs.getString("action_type")), Priority.valueOf(rs.getString("priority")),
                rs.getObject("proposed_implementation_date", LocalDate.class),
                RecommendationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(),
                rs.getInt("version"), List.of());
    }

    private static RecommendationSummary summary(ResultSet rs, int row) throws SQLException {
        return new RecommendationSummary(rs.getLong("id"), rs.getLong("brief_id"), rs.getString("reference"),
                rs.getString("text_ru"), rs.getString("text_ky"), RecommendationStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), ActionType.valueOf(rs.getString("action_type")),
                rs.getLong("addressees"), rs.getLong("answered"));
    }
}
