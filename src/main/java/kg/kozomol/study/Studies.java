package kg.kozomol.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.catalog.Themes;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;
import tools.jackson.databind.json.JsonMapper;

/** Designing studies and moving them from design through fieldwork and analysis to closure. */
@Service
public class Studies {

    static final String ENTITY = "study";
    public static final int MAX_INSTRUMENTS = 20;
    private static final Pattern SAFE_URL = Pattern.compile("^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

    private final JdbcClient jdbc;
    private final StudyRows rows;
    private final StudyRevisions revisions;
    private final StudyEvents events;
    private final AuditLog audit;
    private final Organisations organisations;
    private final UserAccounts users;
    private final Themes themes;
    private final JsonMapper json;

    Studies(JdbcClient jdbc, StudyRows rows, StudyRevisions revisions, StudyEvents events, AuditLog audit,
            Organisations organisations, UserAccounts users, Themes themes, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.revisions = revisions;
        this.events = events;
        this.audit = audit;
        this.organisations = organisations;
        this.users = users;
        this.themes = themes;
        this.json = json;
    }

    /** Where this user may start a study: organisations (not state bodies) where they are a researcher or coordinator. */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsFor(KozomolPrincipal user) {
        List<Long> ids = user.memberships().stream().filter(m -> m.role() == Role.RESEARCHER || m.role() == Role.COORDINATOR)
                .map(Membership::organisationId).distinct().toList();
        return organisations.byIds(ids).stream().filter(o -> o.active() && o.kind() != OrganisationKind.STATE_BODY).toList();
    }

    /** Everything wrong with a draft, field by field; empty when it may be saved. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(StudyDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(draft.titleRu()) && blank(draft.titleKy())) {
            problems.add(new FieldProblem("titleRu", "study.validation.titleRequired"));
        }
        if (draft.themeId() == null || themes.find(draft.themeId()).isEmpty()) {
            problems.add(new FieldProblem("themeId", "study.validation.required"));
        }
        if (draft.methods().isEmpty()) {
            problems.add(new FieldProblem("methods", "study.validation.methodRequired"));
        }
        if (draft.oblasts().isEmpty()) {
            problems.add(new FieldProblem("oblasts", "study.validation.oblastRequired"));
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && !draft.periodEnd().isAfter(draft.periodStart())) {
            problems.add(new FieldProblem("periodEnd", "study.validation.periodOrder"));
        }
        if (draft.instruments().size() > MAX_INSTRUMENTS) {
            problems.add(new FieldProblem("instruments", "study.validation.tooManyInstruments"));
        } else if (draft.instruments().stream().anyMatch(i -> i.url() == null || !SAFE_URL.matcher(i.url()).matches()
                || i.url().length() > 1000 || (i.title() != null && i.title().length() > 200))) {
            problems.add(new FieldProblem("instruments", "study.validation.instrumentUrl"));
        }
        List<Long> members = users.membersOf(draft.organisationId()).stream().map(UserAccount::id).toList();
        if (!members.containsAll(draft.team().keySet())) {
            problems.add(new FieldProblem("team", "study.refused.team"));
        }
        return problems;
    }

    @Transactional
    public Study create(StudyDraft draft, KozomolPrincipal creator, boolean demo) {
        if (organisationsFor(creator).stream().noneMatch(o -> o.id() == draft.organisationId())) {
            throw new StudyRuleException("organisationId", "study.refused.notResearcher");
        }
        check(draft);
        long id = jdbc.sql("""
                insert into study (organisation_id, theme_id, title_ru, title_ky, objectives, methods, target_population, oblasts,
                  period_start, period_end, instruments, ethics, created_by, demo)
                values (:org, :theme, :titleRu, :titleKy, :objectives, string_to_array(:methods, ','), :population,
                  string_to_array(:oblasts, ','), :start, :end, cast(:instruments as jsonb), :ethics, :by, :demo)
                returning id
                """).params(params(draft)).param("org", draft.organisationId()).param("by", creator.id()).param("demo", demo)
                .query(Long.class).single();
        Map<Long, StudyRole> team = new HashMap<>(draft.team());
        team.put(creator.id(), StudyRole.LEAD);
        saveTeam(id, team);
        Study created = require(id);
        audit.created(ENTITY, id, created);
        revisions.record(id);
        return require(id);
    }

    /** Saves the design; while reviewers are at work, a changed design is a new revision for them to look at. */
    @Transactional
    public Study update(long id, int expectedVersion, StudyDraft draft) {
        Study before = require(id);
        before.ensureDesignOpen();
        if (draft.organisationId() != before.organisationId()) {
            throw new StudyRuleException("organisationId", "study.refused.organisationFixed");
        }
        check(draft);
        int changed = jdbc.sql("""
                update study set theme_id = :theme, title_ru = :titleRu, title_ky = :titleKy, objectives = :objectives,
                  methods = string_to_array(:methods, ','), target_population = :population,
                  oblasts = string_to_array(:oblasts, ','), period_start = :start, period_end = :end,
                  instruments = cast(:instruments as jsonb), ethics = :ethics, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).params(params(draft)).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from study_member where study_id = :id").param("id", id).update();
        saveTeam(id, draft.team());
        Study after = require(id);
        audit.updated(ENTITY, id, before, after);
        revisions.record(id);
        return require(id);
    }

    /** The moves the CSO makes by hand: to the field (unreviewed or endorsed), to analysis, to closure. */
    @Transactional
    public Study move(long id, int expectedVersion, StudyStatus target) {
        Study before = require(id);
        if (target == null || !before.status().canMoveTo(target)) {
            throw new StudyRuleException(null, "study.refused.transition");
        }
        int changed = jdbc.sql("""
                update study set status = :status, updated_at = now(), version = version + 1
                where id = :id and version = :version and status = :from
                """).param("status", target.name()).param("id", id).param("version", expectedVersion)
                .param("from", before.status().name()).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        events.add(id, EventKind.STATUS, null, CurrentUser.get().map(KozomolPrincipal::id).orElse(null), before.revision(),
                target, null);
        audit.updated(ENTITY, id, Map.of("status", before.status()), Map.of("status", target));
        return require(id);
    }

    @Transactional(readOnly = true)
    public Optional<Study> find(long id) {
        return rows.find(id);
    }

    /** The organisation a study belongs to (it never changes), without reading the rest of the study. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long id) {
        return jdbc.sql("select organisation_id from study where id = :id").param("id", id).query(Long.class).optional();
    }

    public Study require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public PageOf<StudySummary> search(StudyFilter filter, KozomolPrincipal user, PageRequest page) {
        return rows.search(filter, user, page);
    }

    /** Who may be on the team: members of the organisation. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleTeam(long organisationId) {
        return users.membersOf(organisationId);
    }

    private void check(StudyDraft draft) {
        List<FieldProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new StudyRuleException(problems.get(0));
        }
    }

    private void saveTeam(long id, Map<Long, StudyRole> team) {
        team.forEach((user, role) -> jdbc.sql("insert into study_member (study_id, user_id, role) values (:id, :user, :role)")
                .param("id", id).param("user", user).param("role", role.name()).update());
    }

    private Map<String, Object> params(StudyDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("theme", d.themeId());
        p.put("titleRu", plain(d.titleRu()));
        p.put("titleKy", plain(d.titleKy()));
        p.put("objectives", plain(d.objectives()));
        p.put("methods", d.methods().stream().distinct().map(Enum::name).collect(Collectors.joining(",")));
        p.put("population", plain(d.targetPopulation()));
        p.put("oblasts", d.oblasts().stream().distinct().map(Enum::name).collect(Collectors.joining(",")));
        p.put("start", d.periodStart());
        p.put("end", d.periodEnd());
        p.put("instruments", json.writeValueAsString(d.instruments()));
        p.put("ethics", plain(d.ethics()));
        return p;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Texts are plain: stored as typed (trimmed) and escaped when shown. */
    static String plain(String text) {
        return blank(text) ? null : text.trim();
    }
}
