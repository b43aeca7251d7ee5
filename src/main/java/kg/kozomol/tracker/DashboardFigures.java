package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.List;

/** Every figure of the coordinator dashboard, each computed in SQL. */
public record DashboardFigures(List<StatusCount> byStatus, List<PositionCount> byPosition, List<GroupCount> byTheme,
        List<GroupCount> byOrganisation, List<BodyFigures> bodies, OverdueList responseOverdue,
        OverdueList implementationOverdue) {

    public record StatusCount(RecommendationStatus status, long count) {}

    /** Addressed bodies of released recommendations by their current position (null: none yet), with the share in per cent. */
    public record PositionCount(Position position, long count, double share) {}

    /** Recommendations of one theme or issuing organisation (id null: none given). */
    public record GroupCount(Long id, long total, long released) {}

    /**
     * One addressee body: how many released recommendations are addressed to it, how many it answered (released a
     * position), how many wait for its response past the due date, how many it has not implemented by the due date,
     * the response rate (answered of answered plus response overdue, in per cent; null when neither) and the median
     * days from being addressed to the first released position (null when it never answered).
     */
    public record BodyFigures(long bodyId, long addressed, long answered, long responseOverdue, long implementationOverdue,
            Double responseRate, Double medianDays) {}

    public record OverdueItem(long recommendationId, String reference, long addresseeId, long bodyId, LocalDate dueDate,
            long daysOverdue, Completion latestCompletion) {}

    /** The most overdue items first, at most a page of them, and how many there are in all. */
    public record OverdueList(List<OverdueItem> items, long total) {}
}
