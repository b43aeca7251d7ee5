package kg.kozomol.qual.refi;

import java.util.Arrays;

/**
 * Converts between UTF-16 char offsets and code point positions of one text without walking it from the start each
 * time: a project export converts every coding, 100,000 of them on long transcripts.
 */
public final class CodePointIndex {

    /** The char offset of each code point and of the end; null when every code point is one char. */
    private final int[] charOffsets;

    private CodePointIndex(int[] charOffsets) {
        this.charOffsets = charOffsets;
    }

    public static CodePointIndex of(String text) {
        int length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            return new CodePointIndex(null);
        }
        int[] offsets = new int[length + 1];
        for (int cp = 0, at = 0; cp < length; cp++) {
            offsets[cp] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        offsets[length] = text.length();
        return new CodePointIndex(offsets);
    }

    public int charOffset(int codePoint) {
        return charOffsets == null ? codePoint : charOffsets[codePoint];
    }

    /** The code point at or before the char offset (inside a surrogate pair: the pair's code point). */
    public int codePoint(int charOffset) {
        if (charOffsets == null) {
            return charOffset;
        }
        int found = Arrays.binarySearch(charOffsets, charOffset);
        return found >= 0 ? found : -found - 2;
    }
}
