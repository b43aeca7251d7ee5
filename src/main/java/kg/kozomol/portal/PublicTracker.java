package kg.kozomol.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Confidence;
import kg.kozomol.tracker.Effect;
import kg.kozomol.tracker.PlannedMeasure;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.Priority;
import kg.kozomol.tracker.TimelineKind;

/**
 * The public tracker: released recommendations of published briefs and of published programme evaluations, their bodies'
 * positions and timelines.
 */
@Service
public class PublicTracker {

    private static final String ROW_COLUMNS = """
            r.id, r.reference, r.text_ru, r.text_ky, r.released_at, r.priority, r.action_type, r.brief_id,
            r.brief_withdrawn, r.original_language, r.brief_version, r.proposed_implementation_date, r.updated_at,
            b.title_ru as brief_ru, b.title_ky as brief_ky, r.evaluation_id, ev.title as evaluation_title, r.programme_id,
            pp.reference as programme_reference, pp.title_ru as programme_ru, pp.title_ky as programme_ky,
            pp.title_en as programme_en,
            t.id as theme_id, t.code as theme_code, t.name_ru as theme_ru, t.name_ky as theme_ky, t.name_en as theme_en,
            """ + PortalRows.organisationColumns("o", "issuer");
    private static final String ROW_FROM = """
             from portal_recommendation r
            left join portal_brief b on b.id = r.brief_id
            left join portal_programme_evaluation ev on ev.id = r.evaluation_id
            left join portal_programme pp on pp.id = r.programme_id
            join portal_organisation o on o.id = r.organisation_id
            left join portal_theme t on t.id = r.theme_id
            """;

    /** Rows fetched from the cursor at a time, and recommendations whose bodies are read in one query. */
    private static final int EXPORT_BATCH = 500;

    private final JdbcClient jdbc;
    private final PublicFindings findings;
    private final PublicFiles files;
    private final ZoneId zone;

    PublicTracker(JdbcClient jdbc, PublicFindings findings, PublicFiles files,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.files = files;
        this.zone = ZoneId.of(zone);
    }

    /** One page of the filtered list: one query for the rows, one for the total, one for all their addressed bodies. */
    @Transactional(readOnly = true)
    public PageOf<PublicRecommendationRow> list(PublicFilter filter, PageRequest page) {
        TrackerClauses clauses = TrackerClauses.of(filter, zone);
        if (!clauses.params().isEmpty()) {
            PortalRows.planForTheValues(jdbc);
        }
        long total = jdbc.sql("select count(*) from portal_recommendation r" + clauses.where()).params(clauses.params())
                .query(Long.class).single();
        List<Row> rows = total == 0 ? List.of() : jdbc.sql("select " + ROW_COLUMNS + ROW_FROM + clauses.where()
                        + " order by " + filter.sort().orderBy() + " limit :limit offset :offset")
                .params(clauses.params()).param("limit", page.size()).param("offset", page.offset())
                .query(PublicTracker::row).list();
        Map<Long, List<PublicAddresseeLine>> lines = addressees(rows.stream().map(r -> r.id).toList());
        return new PageOf<>(rows.stream().map(r -> r.with(lines.getOrDefault(r.id, List.of()))).toList(),
                page.page(), page.size(), total);
    }

    /**
     * Every recommendation of the filtered list, in its order, handed over one by one: the rows come through a database
     * cursor and their addressed bodies are read per batch, so a full export never holds the whole list in memory.
     */
    @Transactional(readOnly = true)
    public void export(PublicFilter filter, java.util.function.Consumer<PublicRecommendationRow> each) {
        TrackerClauses clauses = TrackerClauses.of(filter, zone);
        if (!clauses.params().isEmpty()) {
            PortalRows.planForTheValues(jdbc);
        }
        List<Row> batch = new ArrayList<>(EXPORT_BATCH);
        try (Stream<Row> rows = jdbc.sql("select " + ROW_COLUMNS + ROW_FROM + clauses.where() + " order by "
                + filter.sort().orderBy()).withFetchSize(EXPORT_BATCH).params(clauses.params()).query(PublicTracker::row).stream()) {
            rows.forEach(row -> {
                batch.add(row);
                if (batch.size() == EXPORT_BATCH) {
                    handOver(batch, each);
                }
            });
        }
        handOver(batch, each);
    }

    private void handOver(List<Row> batch, java.util.function.Consumer<PublicRecommendationRow> each) {
        Map<Long, List<PublicAddresseeLine>> lines = addressees(batch.stream().map(r -> r.id).toList());
        batch.forEach(r -> each.accept(r.with(lines.getOrDefault(r.id, List.of()))));
        batch.clear();
    }

    @Transactional(readOnly = true)
    public Optional<PublicRecommendation> recommendation(long id) {
        Optional<Row> found = jdbc.sql("select " + ROW_COLUMNS + ROW_FROM + " where r.id = :id").param("id", id)
                .query(PublicTracker::row).optional();
        return found.map(row -> {
            List<PublicAddresseeLine> lines = addressees(List.of(id)).getOrDefault(id, List.of());
            return new PublicRecommendation(row.with(lines), row.originalLanguage, row.briefVersion, row.proposedDate,
                    row.updatedAt, sdgs(id), findings.citedBy(id), timelines(lines));
        });
    }

    /** The margin of error above which an estimate is flagged as not fit for policy decisions. */
    public java.math.BigDecimal policyGradeMargin() {
        return findings.policyGradeMargin();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    private Map<Long, List<PublicAddresseeLine>> addressees(Collection<Long> recommendationIds) {
        Map<Long, List<PublicAddresseeLine>> byRecommendation = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return byRecommendation;
        }
        jdbc.sql("select a.recommendation_id, a.id, a.lead, a.position, a.due_date, a.original_due_date, a.self_report, "
                        + "a.assessment, " + PortalRows.organisationColumns("o", "body") + """
                 from portal_addressee a join portal_organisation o on o.id = a.organisation_id
                where a.recommendation_id in (:ids) order by a.recommendation_id, a.lead desc, a.id
                """).param("ids", recommendationIds)
                .query((rs, i) -> byRecommendation.computeIfAbsent(rs.getLong("recommendation_id"), k -> new ArrayList<>())
                        .add(line(rs)))
                .list();
        return byRecommendation;
    }

    private List<PublicBodyTimeline> timelines(List<PublicAddresseeLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lines.stream().map(PublicAddresseeLine::id).toList();
        Map<Long, PublicOrganisation> redirectedFrom = new HashMap<>();
        jdbc.sql("select a.id, " + PortalRows.organisationColumns("o", "source") + """
                 from portal_addressee a join portal_organisation o on o.id = a.redirected_from where a.id in (:ids)
                """).param("ids", ids)
                .query((rs, i) -> redirectedFrom.put(rs.getLong("id"), PortalRows.organisation(rs, "source"))).list();
        List<PositionRow> positions = jdbc.sql("""
                select p.id, p.addressee_id, p.position, p.reasoning, p.evidence_url, p.evidence_file_id, p.letter_number,
                       p.letter_date, p.letter_file_id, p.responsible_unit, p.superseded, p.released_at,
                """ + PortalRows.organisationColumns("o", "target") + """
                 from portal_position p left join portal_organisation o on o.id = p.redirect_to_id
                where p.addressee_id in (:ids) order by p.released_at desc, p.id desc
                """).param("ids", ids).query(PublicTracker::position).list();
        List<TimelineRow> entries = jdbc.sql("""
                select e.id, e.addressee_id, e.kind, e.occurred_on, e.completion, e.effect, e.confidence, e.method, e.body,
                       e.evidence_url, e.file_id, e.position, e.previous_date, e.new_date, e.reply_to_id,
                """ + PortalRows.organisationColumns("o", "author") + """
                 from portal_timeline_entry e left join portal_organisation o on o.id = e.author_org_id
                where e.addressee_id in (:ids) order by e.occurred_on, e.id
                """).param("ids", ids).query(PublicTracker::entry).list();
        Map<Long, List<PlannedMeasure>> measures = measures(positions.stream().map(p -> p.position.id()).toList());
        Set<UUID> readable = files.readable(Stream.concat(
                positions.stream().flatMap(p -> Stream.of(p.position.evidenceFileId(), p.position.letterFileId())),
                entries.stream().map(e -> e.entry.fileId())).toList());
        Map<Long, LocalDate> dueDates = new HashMap<>();
        lines.stream().filter(l -> l.dueDate() != null).forEach(l -> dueDates.put(l.id(), l.dueDate()));
        Map<Long, List<PublicPosition>> positionsByBody = new LinkedHashMap<>();
        for (PositionRow row : positions) {
            PublicPosition p = row.position;
            LocalDate due = dueDates.get(row.addresseeId);
            boolean late = due != null && p.releasedAt() != null && LocalDate.ofInstant(p.releasedAt(), zone).isAfter(due);
            positionsByBody.computeIfAbsent(row.addresseeId, k -> new ArrayList<>()).add(new PublicPosition(p.id(),
                    p.position(), p.reasoning(), p.evidenceUrl(), files.keepIfReadable(p.evidenceFileId(), readable),
                    p.redirectTo(), p.letterNumber(), p.letterDate(), files.keepIfReadable(p.letterFileId(), readable),
                    p.responsibleUnit(), p.superseded(), p.releasedAt(), measures.getOrDefault(p.id(), List.of()), late));
        }
        Map<Long, List<PublicTimelineEntry>> entriesByBody = new LinkedHashMap<>();
        for (TimelineRow row : entries) {
            PublicTimelineEntry e = row.entry;
            entriesByBody.computeIfAbsent(row.addresseeId, k -> new ArrayList<>()).add(new PublicTimelineEntry(e.id(),
                    e.kind(), e.occurredOn(), e.completion(), e.effect(), e.confidence(), e.method(), e.body(),
                    e.evidenceUrl(), files.keepIfReadable(e.fileId(), readable), e.position(), e.previousDate(),
                    e.newDate(), e.replyToId(), e.organisation()));
        }
        return lines.stream().map(line -> new PublicBodyTimeline(line, redirectedFrom.get(line.id()),
                positionsByBody.getOrDefault(line.id(), List.of()), entriesByBody.getOrDefault(line.id(), List.of())))
                .toList();
    }

    private Map<Long, List<PlannedMeasure>> measures(List<Long> positionIds) {
        Map<Long, List<PlannedMeasure>> byPosition = new HashMap<>();
        if (positionIds.isEmpty()) {
            return byPosition;
        }
        jdbc.sql("select m.position_id, m.description, m.target_date from portal_planned_measure m "
                        + "where m.position_id in (:ids) order by m.id").param("ids", positionIds)
                .query((rs, i) -> byPosition.computeIfAbsent(rs.getLong("position_id"), k -> new ArrayList<>())
                        .add(new PlannedMeasure(rs.getString("description"), PortalRows.date(rs, "target_date"))))
                .list();
        return byPosition;
    }

    private List<PublicSdg> sdgs(long id) {
        return jdbc.sql("""
                select g.code, g.goal, g.name_ru, g.name_ky, g.name_en
                from portal_recommendation_sdg s join sdg_target g on g.code = s.sdg_code
                where s.recommendation_id = :id order by g.goal, length(g.code), g.code
                """).param("id", id)
                .query((rs, i) -> new PublicSdg(rs.getString("code"), rs.getInt("goal"), PortalRows.name(rs, "name")))
                .list();
    }

    /** A list row before its addressed bodies are attached, with the detail page's extra columns. */
    private record Row(long id, PublicRecommendationRow base, String originalLanguage, int briefVersion, LocalDate proposedDate,
            java.time.Instant updatedAt) {

        PublicRecommendationRow with(List<PublicAddresseeLine> lines) {
            return new PublicRecommendationRow(base.id(), base.reference(), base.text(), base.releasedAt(), base.priority(),
                    base.actionType(), base.theme(), base.issuer(), base.brief(), base.evaluation(), List.copyOf(lines));
        }
    }

    private record PositionRow(long addresseeId, PublicPosition position) {}

    private record TimelineRow(long addresseeId, PublicTimelineEntry entry) {}

    private static Row row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        PublicRecommendationRow base = new PublicRecommendationRow(id, rs.getString("reference"), PortalRows.text(rs, "text"),
                PortalRows.instant(rs, "released_at"), Priority.valueOf(rs.getString("priority")),
                ActionType.valueOf(rs.getString("action_type")), PortalRows.theme(rs), PortalRows.organisation(rs, "issuer"),
                source(rs), evaluation(rs), List.of());
        return new Row(id, base, rs.getString("original_language"), rs.getInt("brief_version"),
                PortalRows.date(rs, "proposed_implementation_date"), PortalRows.instant(rs, "updated_at"));
    }

    private static PublicBriefRef source(ResultSet rs) throws SQLException {
        long briefId = rs.getLong("brief_id");
        return rs.wasNull() ? null : new PublicBriefRef(briefId, PortalRows.text(rs, "brief"), rs.getBoolean("brief_withdrawn"));
    }

    private static PublicEvaluationRef evaluation(ResultSet rs) throws SQLException {
        long evaluationId = rs.getLong("evaluation_id");
        return rs.wasNull() ? null : new PublicEvaluationRef(evaluationId, rs.getString("evaluation_title"),
                rs.getLong("programme_id"), rs.getString("programme_reference"), PortalRows.name(rs, "programme"));
    }

    private static PublicAddresseeLine line(ResultSet rs) throws SQLException {
        return new PublicAddresseeLine(rs.getLong("id"), PortalRows.organisation(rs, "body"), rs.getBoolean("lead"),
                PortalRows.constant(Position.class, rs.getString("position")), PortalRows.date(rs, "due_date"),
                PortalRows.date(rs, "original_due_date"), PortalRows.constant(Completion.class, rs.getString("self_report")),
                PortalRows.constant(Completion.class, rs.getString("assessment")));
    }

    private static PositionRow position(ResultSet rs, int i) throws SQLException {
        return new PositionRow(rs.getLong("addressee_id"), new PublicPosition(rs.getLong("id"),
                Position.valueOf(rs.getString("position")), rs.getString("reasoning"), rs.getString("evidence_url"),
                rs.getObject("evidence_file_id", UUID.class), PortalRows.organisation(rs, "target"),
                rs.getString("letter_number"), PortalRows.date(rs, "letter_date"), rs.getObject("letter_file_id", UUID.class),
                rs.getString("responsible_unit"), rs.getBoolean("superseded"), PortalRows.instant(rs, "released_at"),
                List.of(), false));
    }

    private static TimelineRow entry(ResultSet rs, int i) throws SQLException {
        return new TimelineRow(rs.getLong("addressee_id"), new PublicTimelineEntry(rs.getLong("id"),
                TimelineKind.valueOf(rs.getString("kind")), PortalRows.date(rs, "occurred_on"),
                PortalRows.constant(Completion.class, rs.getString("completion")),
                PortalRows.constant(Effect.class, rs.getString("effect")),
                PortalRows.constant(Confidence.class, rs.getString("confidence")), rs.getString("method"),
                rs.getString("body"), rs.getString("evidence_url"), rs.getObject("file_id", UUID.class),
                PortalRows.constant(Position.class, rs.getString("position")), PortalRows.date(rs, "previous_date"),
                PortalRows.date(rs, "new_date"), rs.getObject("reply_to_id", Long.class),
                PortalRows.organisation(rs, "author")));
    }
}
