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
            r.theme_id, r.action_type, r.priority, r.proposed_implementation_date, r.status, r.released_at, r.version,
            r.response_due_date, r.evaluation_id, r.restricted
            """;
    /** Postgres takes at most 65,535 bind parameters; bulk look-ups go in slices well below that. */
    private static final int SLICE = 1000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Organisations organisations;
    private final Addressees addressees;
    private final Followers followers;
    private final BriefLinks briefLinks;
    private final ZoneId zone;
    private final int responseDays;

    Recommendations(JdbcClient jdbc, AuditLog audit, Organisations organisations, Addressees addressees, Followers followers,
            BriefLinks briefLinks, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone, @Value("${kozomol.tracker.response-days:30}") int responseDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.addressees = addressees;
        this.followers = followers;
        this.briefLinks = briefLinks;
        this.zone = ZoneId.of(zone);
        this.responseDays = responseDays;
    }

    @Transactional
    public Recommendation create(RecommendationDraft draft) {
        int briefVersion = validate(draft);
        validateResponseDue(draft);
        String reference = nextReference(draft.organisationId());
        long id = jdbc.sql("""
                insert into recommendation (brief_id, brief_version, organisation_id, reference, text_ru, text_ky,
                  original_language, theme_id, action_type, priority, proposed_implementation_date, response_due_date,
                  status, created_by)
                values (:briefId, :briefVersion, :org, :reference, :ru, :ky, :lang, :theme, :type, :priority, :proposed,
                  :responseDue, 'DRAFT', :by) returning id
                """)
                .params(params(draft)).param("briefVersion", briefVersion).param("org", draft.organisationId())
                .param("reference", reference).param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .query(Long.class).single();
        writeSdgs(id, draft.sdgCodes());
        briefLinks.replaceFindings(id, draft.findingIds());
        addressees.replace(id, draft.leadAddresseeId(), draft.supportingAddresseeIds());
        addressees.refreshDerived(id);
        Recommendation created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /**
     * Enters a recommendation of a final evaluation report, released at once to the programme's owner body with the
     * report's response deadline; issued in the name of the organisation that commissioned the evaluation. Entering the
     * same evaluation recommendation again returns the one already entered.
     */
    @Transactional
    public Recommendation enterFromEvaluation(EvaluationSource source) {
        Optional<Recommendation> entered = fromEvaluationRecommendation(source.evaluationRecommendationId());
        if (entered.isPresent()) {
            return entered.get();
        }
        String original = blank(source.textRu()) ? "ky" : "ru";
        long id = jdbc.sql("""
                insert into recommendation (evaluation_id, evaluation_recommendation_id, organisation_id, reference, text_ru,
                  text_ky, original_language, action_type, priority, response_due_date, status, released_at, restricted,
                  created_by)
                values (:evaluation, :source, :org, :reference, :ru, :ky, :lang, :type, :priority, :due, 'RELEASED', now(), true,
                  :by)
                returning id
                """).param("evaluation", source.evaluationId()).param("source", source.evaluationRecommendationId())
                .param("org", source.issuerId()).param("reference", nextReference(source.issuerId()))
                .param("ru", blank(source.textRu()) ? null : source.textRu().trim())
                .param("ky", blank(source.textKy()) ? null : source.textKy().trim()).param("lang", original)
                .param("type", EvaluationSource.ACTION_TYPE.name()).param("priority", EvaluationSource.PRIORITY.name())
                .param("due", source.responseDue()).param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .query(Long.class).single();
        addressees.replace(id, source.bodyId(), List.of());
        addressees.startClocks(id, source.responseDue());
        addressees.refreshDerived(id);
        Recommendation created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** The evaluation's report and management response are published: its recommendations are open to every user. */
    @Transactional
    public void openEvaluation(long evaluationId) {
        List<Long> ids = jdbc.sql("select id from recommendation where evaluation_id = :e and restricted order by id")
                .param("e", evaluationId).query(Long.class).list();
        for (long id : ids) {
            Recommendation before = require(id);
            jdbc.sql("update recommendation set restricted = false, updated_at = now(), version = version + 1 where id = :id")
                    .param("id", id).update();
            audit.updated(ENTITY, id, before, require(id));
            followers.changed(id, "tracker.notice.released", List.of(before.reference()));
        }
    }

    /** The tracker recommendation entered from this evaluation recommendation, if any. */
    @Transactional(readOnly = true)
    public Optional<Recommendation> fromEvaluationRecommendation(long evaluationRecommendationId) {
        return jdbc.sql("select r.id from recommendation r where r.evaluation_recommendation_id = :source")
                .param("source", evaluationRecommendationId).query(Long.class).optional().flatMap(this::find);
    }

    /** An evaluation's recommendations in the tracker, by the id of the evaluation recommendation each was entered from. */
    @Transactional(readOnly = true)
    public Map<Long, RecommendationSummary> ofEvaluation(long evaluationId) {
        Map<Long, Long> sources = new HashMap<>();
        jdbc.sql("select id, evaluation_recommendation_id from recommendation where evaluation_id = :e").param("e", evaluationId)
                .query((rs, i) -> sources.put(rs.getLong("id"), rs.getLong("evaluation_recommendation_id"))).list();
        Map<Long, RecommendationSummary> bySource = new HashMap<>();
        byIds(sources.keySet()).forEach(r -> bySource.put(sources.get(r.id()), r));
        return bySource;
    }

    /** Edits the CSO's text; addressees and the response due date change only while the recommendation is a draft. */
    @Transactional
    public Recommendation update(long id, int expectedVersion, RecommendationDraft draft) {
        Recommendation before = require(id);
        if (before.fromEvaluation()) {
            throw new TrackerRuleException(null, "tracker.rule.fromEvaluation");
        }
        if (before.briefId() != draft.briefId()) {
            throw new TrackerRuleException("briefId", "tracker.rule.briefFixed");
        }
        int briefVersion = validate(draft);
        if (!before.released() && !java.util.Objects.equals(before.responseDueDate(), draft.responseDueDate())) {
            validateResponseDue(draft);
        }
        int changed = jdbc.sql("""
                update recommendation set brief_id = :briefId, brief_version = :briefVersion, text_ru = :ru, text_ky = :ky,
                  original_language = :lang, theme_id = :theme, action_type = :type, priority = :priority,
                  proposed_implementation_date = :proposed,
                  response_due_date = case when status = 'DRAFT' then :responseDue else response_due_date end,
                  updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .params(params(draft)).param("briefVersion", briefVersion).param("id", id)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from recommendation_sdg where recommendation_id = :id").param("id", id).update();
        writeSdgs(id, draft.sdgCodes());
        briefLinks.replaceFindings(id, draft.findingIds());
        if (!before.released()) {
            addressees.replace(id, draft.leadAddresseeId(), draft.supportingAddresseeIds());
        }
        addressees.refreshDerived(id);
        Recommendation after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /**
     * Releases a draft to its addressees and starts each body's response clock: the date asked for, or the
     * configured days from today when none was asked or the one asked has passed while the draft waited.
     */
    @Transactional
    public Recommendation release(long id, int expectedVersion) {
        Recommendation before = require(id);
        if (before.released()) {
            throw new TrackerRuleException(null, "tracker.rule.alreadyReleased");
        }
        briefLinks.checkReleasable(before.briefId());
        LocalDate due = before.responseDueDate() != null && before.responseDueDate().isAfter(today())
                ? before.responseDueDate() : today().plusDays(responseDays);
        int changed = jdbc.sql("""
                update recommendation set status = 'RELEASED', released_at = now(), response_due_date = :due,
                  updated_at = now(), version = version + 1
                where id = :id and version = :version and status = 'DRAFT'
                """).param("id", id).param("version", expectedVersion).param("due", due).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        addressees.startClocks(id, due);
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

    /** By the stable reference number, e.g. as typed by a user; letter case and surrounding spaces do not matter. */
    @Transactional(readOnly = true)
    public Optional<Recommendation> findByReference(String reference) {
        if (blank(reference)) {
            return Optional.empty();
        }
        return jdbc.sql("select r.id from recommendation r where upper(r.reference) = upper(:reference)")
                .param("reference", reference.trim()).query(Long.class).optional().flatMap(this::find);
    }

    /** One line per recommendation, for pages that link to several; callers filter by access. */
    @Transactional(readOnly = true)
    public List<RecommendationSummary> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where r.id in (:ids) order by r.reference").param("ids", ids)
                .query(Recommendations::summary).list();
    }

    /** Every recommendation of one brief with its SDG codes, for a bulk import to compare against. */
    @Transactional(readOnly = true)
    public List<Recommendation> allOfBrief(long briefId) {
        return withSdgCodes(jdbc.sql("select " + COLUMNS + " from recommendation r where r.brief_id = :brief order by r.id")
                .param("brief", briefId).query(Recommendations::map).list());
    }

    /** The recommendations with these reference numbers, wherever they belong; unknown numbers are left out. */
    @Transactional(readOnly = true)
    public Map<String, Recommendation> byReferences(java.util.Collection<String> references) {
        List<String> all = List.copyOf(new LinkedHashSet<>(references));
        List<Recommendation> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            found.addAll(jdbc.sql("select " + COLUMNS + " from recommendation r where r.reference in (:refs)")
                    .param("refs", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .query(Recommendations::map).list());
        }
        Map<String, Recommendation> byReference = new HashMap<>();
        withSdgCodes(found).forEach(r -> byReference.put(r.reference(), r));
        return byReference;
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
            clauses.add("((r.status = 'RELEASED' and (not r.restricted or exists (select 1 from addressee a "
                    + "where a.recommendation_id = r.id and a.organisation_id in (:own)))) or r.organisation_id in (:own))");
            params.put("own", draftOrganisations.isEmpty() ? List.of(-1L) : draftOrganisations);
        }
        if (filter.briefId() != null) {
            clauses.add("r.brief_id = :brief");
            params.put("brief", filter.briefId());
        }
        if (filter.source() != null) {
            clauses.add(filter.source() == RecommendationSource.EVALUATION ? "r.evaluation_id is not null" : "r.brief_id is not null");
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
              r.organisation_id, r.brief_version, r.evaluation_id,
              (select count(*) from addressee a where a.recommendation_id = r.id) as addressees,
              (select count(*) from addressee a where a.recommendation_id = r.id and a.position is not null
                 and a.position <> 'NO_RESPONSE') as answered
            from recommendation r
            """;

    /** Checks the draft against the tracker's rules and returns the brief version it is written for. */
    private int validate(RecommendationDraft draft) {
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
        if (!draft.sdgCodes().isEmpty()) {
            long known = jdbc.sql("select count(*) from sdg_target where code in (:codes)").param("codes", draft.sdgCodes())
                    .query(Long.class).single();
            if (known != new LinkedHashSet<>(draft.sdgCodes()).size()) {
                throw new TrackerRuleException("sdgCodes", "tracker.rule.unknownSdg");
            }
        }
        return BriefLinks.versionOf(briefLinks.checkedBrief(draft));
    }

    private void validateResponseDue(RecommendationDraft draft) {
        LocalDate due = draft.responseDueDate();
        if (due == null) {
            return;
        }
        if (!due.isAfter(today())) {
            throw new TrackerRuleException("responseDueDate", "tracker.rule.responseDueNotFuture");
        }
        if (draft.proposedImplementationDate() != null && draft.proposedImplementationDate().isBefore(due)) {
            throw new TrackerRuleException("proposedImplementationDate", "tracker.rule.implementationBeforeResponse");
        }
    }

    private List<Recommendation> withSdgCodes(List<Recommendation> recommendations) {
        Map<Long, List<String>> codes = new HashMap<>();
        List<Long> ids = recommendations.stream().map(Recommendation::id).toList();
        for (int from = 0; from < ids.size(); from += SLICE) {
            jdbc.sql("select recommendation_id, sdg_code from recommendation_sdg where recommendation_id in (:ids) order by sdg_code")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + SLICE)))
                    .query((rs, i) -> codes.computeIfAbsent(rs.getLong("recommendation_id"), k -> new ArrayList<>())
                            .add(rs.getString("sdg_code")))
                    .list();
        }
        return recommendations.stream().map(r -> r.withSdgCodes(codes.getOrDefault(r.id(), List.of()))).toList();
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
        params.put("ru", blank(d.textRu()) ? null : d.textRu().trim());
        params.put("ky", blank(d.textKy()) ? null : d.textKy().trim());
        params.put("lang", d.originalLanguage());
        params.put("theme", d.themeId());
        params.put("type", d.actionType().name());
        params.put("priority", d.priority().name());
        params.put("proposed", d.proposedImplementationDate());
        params.put("responseDue", d.responseDueDate());
        return params;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Recommendation map(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getObject("brief_id", Long.class), rs.getInt("brief_version"),
                rs.getLong("organisation_id"), rs.getString("reference"), rs.getString("text_ru"), rs.getString("text_ky"),
                rs.getString("original_language"), rs.getObject("theme_id", Long.class),
                ActionType.valueOf(rs.getString("action_type")), Priority.valueOf(rs.getString("priority")),
                rs.getObject("proposed_implementation_date", LocalDate.class),
                RecommendationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(),
                rs.getInt("version"), List.of(), rs.getObject("response_due_date", LocalDate.class),
                rs.getObject("evaluation_id", Long.class), rs.getBoolean("restricted"));
    }

    private static RecommendationSummary summary(ResultSet rs, int row) throws SQLException {
        return new RecommendationSummary(rs.getLong("id"), rs.getObject("brief_id", Long.class), rs.getString("reference"),
                rs.getString("text_ru"), rs.getString("text_ky"), RecommendationStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), ActionType.valueOf(rs.getString("action_type")),
                rs.getLong("addressees"), rs.getLong("answered"), rs.getLong("organisation_id"), rs.getInt("brief_version"),
                rs.getObject("evaluation_id", Long.class));
    }
}
