package kg.kozomol.programme;

import kg.kozomol.tracker.Position;

/** The owner body's answer to one recommendation; anything but agreement needs its reasons. */
public enum Stance {
    AGREE, PARTIALLY_AGREE, DISAGREE;

    public boolean needsReasons() {
        return this != AGREE;
    }

    /** The same answer as a position in the tracker. */
    public Position position() {
        return switch (this) {
            case AGREE -> Position.ACCEPTED;
            case PARTIALLY_AGREE -> Position.PARTIALLY_ACCEPTED;
            case DISAGREE -> Position.REJECTED;
        };
    }
}
