package kg.kozomol.dialogue;

import java.util.Map;
import java.util.Set;

/** Planned, then held, then its minutes approved; a planned meeting may instead be cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    MINUTES_APPROVED,
    CANCELLED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            PLANNED, Set.of(HELD, CANCELLED),
            HELD, Set.of(MINUTES_APPROVED),
            MINUTES_APPROVED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(MeetingStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Its details and agenda may still change. */
    public boolean open() {
        return this == PLANNED || this == HELD;
    }
}
