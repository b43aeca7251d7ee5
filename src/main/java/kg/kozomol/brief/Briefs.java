package kg.kozomol.brief;

import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.OrganisationKind;
import kg.kozomol.identity.Organisations;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import kg.kozomol.platform.StaleRecordException;

/** Writing briefs and moving them through draft, internal review, publication and withdrawal. */
@Service
public class Briefs {

    static final String ENTITY = "brief";

    private final JdbcClient jdbc;
    private final BriefRows rows;
    private final AuditLog audit;
    private final Organisations organisations;
    private final UserAccounts users;
    private final BriefVersions versions;

    Briefs(JdbcClient jdbc, BriefRows rows, AuditLog audit, Organisations organisations, UserAccounts users,
            BriefVersions versions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.audit = audit;
        this.organisations = organisations;
        this.users = users;
        this.versions = versions;
    }

    /** The CSOs in which this user may start a brief: those where they are a researcher. */
    @Transactional(readOnly = true)
    public List<Long> organisationsFor(KozomolPrincipal user) {
        List<Long> ids = user.memberships().stream().filter(m -> m.role() == Role.RESEARCHER)
                .map(Membership::organisationId).distinct().toList();
        return organisations.byIds(ids).stream().filter(o -> o.kind() == OrganisationKind.CSO && o.active())
                .map(o -> o.id()).toList();
    }

    @Transactional
    public Brief create(BriefDraft draft, KozomolPrincipal creator, boolean demo) {
        if (!organisationsFor(creator).contains(draft.organisationId())) {
            throw new BriefActionRefusedException("brief.refused.notResearcher");
        }
        checkAuthors(draft);
        long id = jdbc.sql("""
                insert into brief (organisation_id, theme_id, original_language, title_ru, title_ky, summary_ru, summary_ky,
                  problem_ru, problem_ky, methodology_ru, methodology_ky, study_reference, sample_size, sample_description,
                  created_by, demo)
                values (:org, :theme, :lang, :titleRu, :titleKy, :summaryRu, :summaryKy, :problemRu, :problemKy,
                  :methodologyRu, :methodologyKy, :study, :sampleSize, :sampleDescription, :creator, :demo)
                returning id
                """)
                .params(params(draft)).param("creator", creator.id()).param("demo", demo).query(Long.class).single();
        saveAuthors(id, draft.authorIds());
        Brief created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Saves a new text; on a published brief this is a new published version, the old one is kept. */
    @Transactional
    public Brief update(long id, int expectedVersion, BriefDraft draft) {
        Brief before = require(id);
        before.ensureNotWithdrawn();
        if (draft.organisationId() != before.organisationId()) {
            throw new IllegalArgumentException("A brief stays with its organisation");
        }
        checkAuthors(draft);
        int changed = jdbc.sql("""
                update brief set theme_id = :theme, original_language = :lang, title_ru = :titleRu, title_ky = :titleKy,
                  summary_ru = :summaryRu, summary_ky = :summaryKy, problem_ru = :problemRu, problem_ky = :problemKy,
                  methodology_ru = :methodologyRu, methodology_ky = :methodologyKy, study_reference = :study,
                  sample_size = :sampleSize, sample_description = :sampleDescription,
                  updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .params(params(draft)).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        jdbc.sql("delete from brief_author where brief_id = :id").param("id", id).update();
        saveAuthors(id, draft.authorIds());
        if (before.status() == BriefStatus.PUBLISHED) {
            versions.publish(id);
        }
        Brief after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public Brief move(long id, int expectedVersion, BriefStatus target) {
        Brief before = require(id);
        before.ensureNotWithdrawn();
        if (!before.status().canMoveTo(target)) {
            throw new BriefActionRefusedException("brief.refused.transition");
        }
        if (target == BriefStatus.PUBLISHED && (before.title().isEmpty() || before.summary().isEmpty())) {
            throw new BriefActionRefusedException("brief.refused.incomplete");
        }
        int changed = jdbc.sql("""
                update brief set status = :status, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).param("status", target.name()).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        if (target == BriefStatus.PUBLISHED) {
            versions.publish(id);
        }
        Brief after = require(id);
        audit.updated(ENTITY, id, Map.of("status", before.status()), Map.of("status", after.status(),
                "publishedVersion", after.publishedVersion()));
        return after;
    }

    /** Invites a reviewer from outside the organisation, e.g. an independent expert. */
    @Transactional
    public void inviteReviewer(long id, long userId) {
        Brief brief = require(id);
        brief.ensureNotWithdrawn();
        users.require(userId);
        int added = jdbc.sql("insert into brief_reviewer (brief_id, user_id) values (:id, :user) on conflict do nothing")
                .param("id", id).param("user", userId).update();
        if (added > 0) {
            audit.created("brief_reviewer", id + "/" + userId, Map.of("briefId", id, "userId", userId));
        }
    }

    /** Invites an active user by e-mail; false when there is no such user. */
    @Transactional
    public boolean inviteReviewer(long id, String email) {
        Optional<UserAccount> user = email == null ? Optional.empty() : users.findByEmail(email.trim());
        if (user.isEmpty() || user.get().status() != kg.kozomol.identity.UserStatus.ACTIVE) {
            return false;
        }
        inviteReviewer(id, user.get().id());
        return true;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> reviewers(long id) {
        return rows.reviewerIds(id).stream().map(users::require).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Brief> find(long id) {
        return rows.find(id);
    }

    public Brief require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public PageOf<BriefSummary> search(BriefFilter filter, KozomolPrincipal user, PageRequest page) {
        return rows.search(filter, user, page);
    }

    /** Users who may be named as authors: members of the owning organisation. */
    @Transactional(readOnly = true)
    public List<UserAccount> possibleAuthors(long organisationId) {
        return users.membersOf(organisationId);
    }

    private void checkAuthors(BriefDraft draft) {
        List<Long> members = users.membersOf(draft.organisationId()).stream().map(UserAccount::id).toList();
        if (!members.containsAll(draft.authorIds())) {
            throw new BriefActionRefusedException("brief.refused.authors");
        }
    }

    private void saveAuthors(long id, List<Long> authorIds) {
        for (Long author : authorIds.stream().distinct().toList()) {
            jdbc.sql("insert into brief_author (brief_id, user_id) values (:id, :user)").param("id", id).param("user", author)
                    .update();
        }
    }

    private static Map<String, Object> params(BriefDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", d.organisationId());
        p.put("theme", d.themeId());
        p.put("lang", d.originalLanguage());
        p.put("titleRu", plain(d.title().ru()));
        p.put("titleKy", plain(d.title().ky()));
        p.put("summaryRu", RichText.sanitise(d.summary().ru()));
        p.put("summaryKy", RichText.sanitise(d.summary().ky()));
        p.put("problemRu", RichText.sanitise(d.problem().ru()));
        p.put("problemKy", RichText.sanitise(d.problem().ky()));
        p.put("methodologyRu", RichText.sanitise(d.methodology().text().ru()));
        p.put("methodologyKy", RichText.sanitise(d.methodology().text().ky()));
        p.put("study", plain(d.methodology().studyReference()));
        p.put("sampleSize", d.methodology().sampleSize());
        p.put("sampleDescription", plain(d.methodology().sampleDescription()));
        return p;
    }

    /** Titles and short fields are plain text: stored as typed and escaped when shown. */
    static String plain(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
