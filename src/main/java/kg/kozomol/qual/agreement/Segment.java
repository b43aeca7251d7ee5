package kg.kozomol.qual.agreement;

/** A coded stretch of text, [start, end) in char offsets. */
public record Segment(int start, int end) {

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("segment [" + start + ", " + end + ")");
        }
    }
}
