package kg.kozomol.programme;

/** The owner body's answer to one recommendation; anything but agreement needs its reasons. */
public enum Stance {
    AGREE, PARTIALLY_AGREE, DISAGREE;

    public boolean needsReasons() {
        return this != AGREE;
    }
}
