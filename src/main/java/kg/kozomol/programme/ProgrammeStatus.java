package kg.kozomol.programme;

import java.util.List;
import java.util.Map;

/** A programme's life: drafted, put to public discussion (and back for rework), approved, implemented, closed. */
public enum ProgrammeStatus {
    DRAFT,
    PUBLIC_DISCUSSION,
    APPROVED,
    IN_IMPLEMENTATION,
    CLOSED;

    private static final Map<ProgrammeStatus, List<ProgrammeStatus>> MOVES = Map.of(
            DRAFT, List.of(PUBLIC_DISCUSSION),
            PUBLIC_DISCUSSION, List.of(APPROVED, DRAFT),
            APPROVED, List.of(IN_IMPLEMENTATION),
            IN_IMPLEMENTATION, List.of(CLOSED),
            CLOSED, List.of());

    public boolean canMoveTo(ProgrammeStatus target) {
        return MOVES.get(this).contains(target);
    }

    public List<ProgrammeStatus> next() {
        return MOVES.get(this);
    }
}
