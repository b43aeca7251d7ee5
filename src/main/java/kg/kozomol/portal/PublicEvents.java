package kg.kozomol.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.TimelineKind;

/** The latest public changes of recommendations' status (positions, progress, assessments, deadlines), newest first. */
@Service
public class PublicEvents {

    private final JdbcClient jdbc;

    PublicEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param body only events of this addressed body, or null; @param theme only recommendations of this theme, or null */
    @Transactional(readOnly = true)
    public List<PublicEvent> latest(Long body, Long theme, int count) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (body != null) {
            clauses.add("a.organisation_id = :body");
            params.put("body", body);
        }
        if (theme != null) {
            clauses.add("r.theme_id = :theme");
            params.put("theme", theme);
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        PortalRows.planForTheValues(jdbc);
        return jdbc.sql("""
                select e.id, e.kind, e.occurred_on, e.created_at, e.completion, e.position, e.new_date, e.body,
                       r.id as recommendation_id, r.reference, r.text_ru, r.text_ky,
                """ + PortalRows.organisationColumns("o", "body") + ", " + PortalRows.organisationColumns("w", "author") + """
                 from portal_timeline_entry e
                join portal_addressee a on a.id = e.addressee_id
                join portal_recommendation r on r.id = a.recommendation_id
                join portal_organisation o on o.id = a.organisation_id
                left join portal_organisation w on w.id = e.author_org_id
                """ + where + " order by e.created_at desc, e.id desc limit :count")
                .params(params).param("count", count)
                .query((rs, i) -> new PublicEvent(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getString("reference"),
                        PortalRows.text(rs, "text"), PortalRows.organisation(rs, "body"),
                        TimelineKind.valueOf(rs.getString("kind")), PortalRows.date(rs, "occurred_on"),
                        PortalRows.instant(rs, "created_at"), PortalRows.constant(Completion.class, rs.getString("completion")),
                        PortalRows.constant(Position.class, rs.getString("position")), PortalRows.date(rs, "new_date"),
                        rs.getString("body"), PortalRows.organisation(rs, "author")))
                .list();
    }
}
