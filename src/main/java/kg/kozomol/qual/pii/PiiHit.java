package kg.kozomol.qual.pii;

/** A stretch of personal data: [start, end) are char offsets into the text, {@code text} what stands there. */
public record PiiHit(int start, int end, PiiKind kind, String text) {

    public PiiHit {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("hit [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(PiiHit other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
