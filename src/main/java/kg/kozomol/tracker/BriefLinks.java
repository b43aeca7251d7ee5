package kg.kozomol.tracker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefStatus;
import kg.kozomol.brief.Briefs;
import kg.kozomol.brief.Finding;
import kg.kozomol.brief.Findings;

/** Ties a recommendation to the brief it comes from and to the findings of that brief that support it. */
@Service
public class BriefLinks {

    private final Briefs briefs;
    private final Findings findings;
    private final JdbcClient jdbc;

    BriefLinks(Briefs briefs, Findings findings, JdbcClient jdbc) {
        this.briefs = briefs;
        this.findings = findings;
        this.jdbc = jdbc;
    }

    /** The brief a recommendation is written for: it exists, belongs to the issuer and has not been withdrawn. */
    Brief checkedBrief(RecommendationDraft draft) {
        Brief brief = briefs.find(draft.briefId())
                .orElseThrow(() -> new TrackerRuleException("briefId", "tracker.rule.unknownBrief"));
        if (brief.organisationId() != draft.organisationId()) {
            throw new TrackerRuleException("briefId", "tracker.rule.briefOfOtherOrganisation");
        }
        ensureNotWithdrawn(brief);
        // Loading the brief's findings (with their evidence) is only worth it when some are cited.
        if (draft.findingIds() != null && !draft.findingIds().isEmpty()) {
            Set<Long> own = findings.of(brief.id()).stream().map(Finding::id).collect(Collectors.toSet());
            if (!own.containsAll(draft.findingIds())) {
                throw new TrackerRuleException("findingIds", "tracker.rule.findingOfOtherBrief");
            }
        }
        return brief;
    }

    /** Recommendations go to state bodies with the brief: only once it is published, never after withdrawal. */
    void checkReleasable(long briefId) {
        Brief brief = briefs.require(briefId);
        ensureNotWithdrawn(brief);
        if (brief.status() != BriefStatus.PUBLISHED) {
            throw new TrackerRuleException(null, "tracker.rule.briefNotPublished");
        }
    }

    /** The version readers will see the recommendation came from: the published one, or the next to be published. */
    static int versionOf(Brief brief) {
        return brief.status() == BriefStatus.PUBLISHED ? brief.publishedVersion() : brief.publishedVersion() + 1;
    }

    /** Null means "leave the links as they are" (callers that do not edit findings). */
    void replaceFindings(long recommendationId, List<Long> findingIds) {
        if (findingIds == null) {
            return;
        }
        jdbc.sql("delete from recommendation_finding where recommendation_id = :id").param("id", recommendationId).update();
        for (Long findingId : new LinkedHashSet<>(findingIds)) {
            jdbc.sql("insert into recommendation_finding (recommendation_id, finding_id) values (:id, :finding)")
                    .param("id", recommendationId).param("finding", findingId).update();
        }
    }

    @Transactional(readOnly = true)
    public List<Long> findingIds(long recommendationId) {
        return jdbc.sql("select finding_id from recommendation_finding where recommendation_id = :id order by finding_id")
                .param("id", recommendationId).query(Long.class).list();
    }

    /** The findings a recommendation cites, in the brief's order. */
    @Transactional(readOnly = true)
    public List<Finding> findings(Recommendation recommendation) {
        if (recommendation.briefId() == null) {
            return List.of();
        }
        Set<Long> cited = Set.copyOf(findingIds(recommendation.id()));
        return findings.of(recommendation.briefId()).stream().filter(f -> cited.contains(f.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<Finding> findingsOfBrief(long briefId) {
        return findings.of(briefId);
    }

    /** The brief, if any: a recommendation from an evaluation has none. */
    @Transactional(readOnly = true)
    public Optional<Brief> brief(Long briefId) {
        return briefId == null ? Optional.empty() : briefs.find(briefId);
    }

    private static void ensureNotWithdrawn(Brief brief) {
        if (brief.withdrawn()) {
            throw new TrackerRuleException("briefId", "tracker.rule.briefWithdrawn");
        }
    }
}
