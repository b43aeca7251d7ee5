package kg.kozomol.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.RecordRows;
import kg.kozomol.platform.StaleRecordException;

/** Experts' profiles: expertise, languages and affiliations, written by the experts themselves. */
@Service
public class ExpertProfiles {

    static final String ENTITY = "programme_expert_profile";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ExpertProfiles(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<ExpertProfile> find(long userId) {
        return jdbc.sql("select user_id, expertise, languages, affiliations, version from programme_expert_profile where user_id = :u")
                .param("u", userId).query(RecordRows.of(ExpertProfile.class)).optional();
    }

    @Transactional(readOnly = true)
    public Map<Long, ExpertProfile> of(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<ExpertProfile> found = jdbc.sql("""
                select user_id, expertise, languages, affiliations, version from programme_expert_profile where user_id in (:ids)
                """).param("ids", userIds).query(RecordRows.of(ExpertProfile.class)).list();
        return found.stream().collect(Collectors.toMap(ExpertProfile::userId, Function.identity()));
    }

    /** Saves the expert's own profile; {@code expectedVersion} is null for the first one. */
    @Transactional
    public ExpertProfile save(long userId, String expertise, String languages, String affiliations, Integer expectedVersion) {
        if (Programmes.blank(expertise)) {
            throw new ProgrammeRuleException("expertise", "programme.validation.required");
        }
        if (expertise.trim().length() > 2000 || (languages != null && languages.trim().length() > 300)
                || (affiliations != null && affiliations.trim().length() > 2000)) {
            throw new ProgrammeRuleException("expertise", "programme.validation.tooLong");
        }
        Optional<ExpertProfile> before = find(userId);
        int changed;
        if (before.isEmpty()) {
            changed = jdbc.sql("""
                    insert into programme_expert_profile (user_id, expertise, languages, affiliations) values (:u, :e, :l, :a)
                    on conflict do nothing
                    """).param("u", userId).param("e", expertise.trim()).param("l", Programmes.plain(languages))
                    .param("a", Programmes.plain(affiliations)).update();
        } else {
            changed = jdbc.sql("""
                    update programme_expert_profile set expertise = :e, languages = :l, affiliations = :a, updated_at = now(),
                      version = version + 1
                    where user_id = :u and version = :v
                    """).param("u", userId).param("e", expertise.trim()).param("l", Programmes.plain(languages))
                    .param("a", Programmes.plain(affiliations)).param("v", expectedVersion == null ? -1 : expectedVersion).update();
        }
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + userId);
        }
        ExpertProfile after = find(userId).orElseThrow();
        audit.updated(ENTITY, userId, before.orElse(null), after);
        return after;
    }
}
