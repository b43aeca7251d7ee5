package kg.kozomol.dialogue;

import java.util.List;
import java.util.Map;

/** Planned, then held, then its minutes approved; a planned meeting may instead be cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    MINUTES_APPROVED,
    CANCELLED;

    private static final Map<MeetingStatus, List<MeetingStatus>> NEXT = Map.of(
            PLANNED, List.of(HELD, CANCELLED),
            HELD, List.of(MINUTES_APPROVED),
            MINUTES_APPROVED, List.of(),
            CANCELLED, List.of());

    public boolean canMoveTo(MeetingStatus target) {
        return NEXT.get(this).contains(target);
    }

    public List<MeetingStatus> next() {
        return NEXT.get(this);
    }

    /** Its details and agenda may still change. */
    public boolean open() {
        return this == PLANNED || this == HELD;
    }
}
