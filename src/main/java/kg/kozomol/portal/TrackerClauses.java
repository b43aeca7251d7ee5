package kg.kozomol.portal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.tracker.RecommendationSource;

/** A {@link PublicFilter} as SQL conditions on {@code portal_recommendation r}, with named parameters. */
record TrackerClauses(String where, Map<String, Object> params) {

    static TrackerClauses of(PublicFilter f, ZoneId zone) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.body() != null || f.position() != null || f.implementation() != null) {
            // With a body, position and implementation describe that body; without one, any addressed body.
            StringBuilder addressee = new StringBuilder("exists (select 1 from portal_addressee_rating a where a.recommendation_id = r.id");
            if (f.body() != null) {
                addressee.append(" and a.organisation_id = :body");
                params.put("body", f.body());
            }
            if (f.position() != null) {
                addressee.append(" and a.position = :position");
                params.put("position", f.position().name());
            }
            if (f.implementation() != null) {
                addressee.append(" and coalesce(a.assessment, a.self_report) = :implementation");
                params.put("implementation", f.implementation().name());
            }
            clauses.add(addressee.append(")").toString());
        }
        if (f.theme() != null) {
            clauses.add("r.theme_id = :theme");
            params.put("theme", f.theme());
        }
        if (f.year() != null) {
            clauses.add("r.released_at >= :yearStart and r.released_at < :yearEnd");
            params.put("yearStart", PortalRows.startOfYear(f.year(), zone));
            params.put("yearEnd", PortalRows.startOfYear(f.year() + 1, zone));
        }
        if (f.sdg() != null) {
            Integer goal = f.sdgGoal();
            clauses.add("exists (select 1 from portal_recommendation_sdg s where s.recommendation_id = r.id and "
                    + (goal == null ? "s.sdg_code = :sdg)" : "s.goal = :sdgGoal)"));
            params.put(goal == null ? "sdg" : "sdgGoal", goal == null ? f.sdg() : goal);
        }
        if (f.organisation() != null) {
            clauses.add("r.organisation_id = :organisation");
            params.put("organisation", f.organisation());
        }
        if (f.brief() != null) {
            clauses.add("r.brief_id = :brief");
            params.put("brief", f.brief());
        }
        if (f.source() != null) {
            clauses.add(f.source() == RecommendationSource.EVALUATION ? "r.evaluation_id is not null" : "r.evaluation_id is null");
        }
        return new TrackerClauses(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }
}
