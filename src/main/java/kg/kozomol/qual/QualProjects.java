package kg.kozomol.qual;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.identity.MemberRole;
import kg.kozomol.identity.UserAccount;
import kg.kozomol.identity.UserAccounts;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/** Qualitative projects of a study and their teams: the researcher who creates one leads it and adds coders. */
@Service
public class QualProjects {

    static final String ENTITY = "qual_project";

    private final JdbcClient jdbc;
    private final StudyAccess studies;
    private final UserAccounts users;
    private final AuditLog audit;

    QualProjects(JdbcClient jdbc, StudyAccess studies, UserAccounts users, AuditLog audit) {
        this.jdbc = jdbc;
        this.studies = studies;
        this.users = users;
        this.audit = audit;
    }

    /** Only a researcher of the study's organisation starts a project; they lead it. */
    @Transactional
    public Project create(long studyId, String title, KozomolPrincipal lead) {
        Study study = studies.readable(studyId, lead);
        if (!lead.memberships().contains(new kg.kozomol.platform.Membership(study.organisationId(), Role.RESEARCHER))) {
            throw new QualRefusedException("qual.refused.notResearcher");
        }
        if (title == null || title.isBlank() || title.trim().length() > 300) {
            throw new QualRefusedException("qual.validation.title");
        }
        long id = jdbc.sql("""
                insert into qual_project (study_id, organisation_id, title, created_by) values (:study, :org, :title, :by)
                returning id""").param("study", studyId).param("org", study.organisationId()).param("title", title.trim())
                .param("by", lead.id()).query(Long.class).single();
        jdbc.sql("insert into qual_member (project_id, user_id, role) values (:id, :user, 'LEAD')").param("id", id)
                .param("user", lead.id()).update();
        Project created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Coders are users of the project's organisation with the coder or researcher role. */
    @Transactional
    public Project addCoder(long projectId, long userId) {
        Project before = require(projectId);
        if (candidates(before).stream().noneMatch(u -> u.id() == userId)) {
            throw new QualRefusedException("qual.refused.notCandidate");
        }
        jdbc.sql("insert into qual_member (project_id, user_id, role) values (:id, :user, 'CODER')").param("id", projectId)
                .param("user", userId).update();
        Project after = require(projectId);
        audit.updated(ENTITY, projectId, Map.of("members", before.members()), Map.of("members", after.members()));
        return after;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> candidates(Project project) {
        List<UserAccount> members = users.membersOf(project.organisationId());
        List<Long> coders = users.membershipsOf(members.stream().map(UserAccount::id).toList()).stream()
                .filter(m -> m.organisationId() == project.organisationId()
                        && (m.role() == Role.CODER || m.role() == Role.RESEARCHER))
                .map(MemberRole::userId).toList();
        return members.stream().filter(u -> coders.contains(u.id()) && !project.isMember(u.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Project> find(long id) {
        List<ProjectMember> members = jdbc.sql("""
                select m.user_id, u.full_name, m.role from qual_member m join app_user u on u.id = m.user_id
                where m.project_id = :id order by m.role desc, u.full_name""").param("id", id)
                .query((rs, row) -> new ProjectMember(rs.getLong("user_id"), rs.getString("full_name"),
                        QualRole.valueOf(rs.getString("role")))).list();
        return jdbc.sql("select id, study_id, organisation_id, title, version from qual_project where id = :id").param("id", id)
                .query((rs, row) -> new Project(rs.getLong("id"), rs.getLong("study_id"), rs.getLong("organisation_id"),
                        rs.getString("title"), members, rs.getInt("version"))).optional();
    }

    public Project require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    /** The projects a user is on; nobody else sees them, administrators included. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> of(KozomolPrincipal user) {
        return jdbc.sql("""
                select p.id, p.title, p.study_id, m.role,
                       (select count(*) from qual_transcript t where t.project_id = p.id) as transcripts
                from qual_project p join qual_member m on m.project_id = p.id and m.user_id = :user
                order by p.created_at desc, p.id desc""").param("user", user.id())
                .query((rs, row) -> new ProjectSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("study_id"),
                        QualRole.valueOf(rs.getString("role")), rs.getLong("transcripts"))).list();
    }
}
