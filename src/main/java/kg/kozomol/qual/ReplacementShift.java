package kg.kozomol.qual;

import java.util.List;

/**
 * Where char offsets of an original land in its pseudonymised text, so codings imported with a transcript keep
 * their words: an offset inside a replaced stretch moves to the replacement's start (for a start) or end (for an
 * end).
 */
final class ReplacementShift {

    private final int[] starts;
    private final int[] ends;

    /** @param replaced [start, end, replacement length] in char offsets of the original, in text order, not overlapping */
    ReplacementShift(int originalLength, List<int[]> replaced) {
        starts = new int[originalLength + 1];
        ends = new int[originalLength + 1];
        int delta = 0;
        int at = 0;
        for (int[] r : replaced) {
            for (; at <= r[0]; at++) {
                starts[at] = ends[at] = at + delta;
            }
            for (; at < r[1]; at++) {
                starts[at] = r[0] + delta;
                ends[at] = r[0] + delta + r[2];
            }
            delta += r[2] - (r[1] - r[0]);
        }
        for (; at <= originalLength; at++) {
            starts[at] = ends[at] = at + delta;
        }
    }

    int start(int charIndex) {
        return starts[charIndex];
    }

    int end(int charIndex) {
        return ends[charIndex];
    }
}
