package kg.kozomol.qual;

/** Offsets are kept in Unicode code points (as REFI-QDA counts them); Java strings index UTF-16 chars. */
final class CodePoints {

    private CodePoints() {}

    static int of(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String slice(String text, int startCp, int endCp) {
        return text.substring(text.offsetByCodePoints(0, startCp), text.offsetByCodePoints(0, endCp));
    }
}
