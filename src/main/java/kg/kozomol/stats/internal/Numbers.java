package kg.kozomol.stats.internal;

import java.nio.charset.StandardCharsets;

/** Decimal numbers read straight from ASCII bytes, correctly rounded, without building a String per cell. */
final class Numbers {

    /** Powers of ten that are exact doubles. */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Numbers() {
    }

    /** True for the texts R reads as a missing number: empty (after trimming blanks) or "NA". */
    static boolean isMissing(byte[] bytes, int offset, int length) {
        int from = offset;
        int to = offset + length;
        while (from < to && isBlank(bytes[from])) {
            from++;
        }
        while (to > from && isBlank(bytes[to - 1])) {
            to--;
        }
        return from == to || (to - from == 2 && bytes[from] == 'N' && bytes[from + 1] == 'A');
    }

    /**
     * The number written in {@code bytes[offset..offset+length)} (blanks around it allowed), or {@code NaN} when the text is not
     * a plain decimal number. Up to 19 digits with a small exponent are converted exactly by one multiplication or
     * division (Clinger's fast path); anything longer goes through {@link Double#parseDouble}.
     */
    static double parse(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end && isBlank(bytes[i])) {
            i++;
        }
        while (end > i && isBlank(bytes[end - 1])) {
            end--;
        }
        int start = i;
        boolean negative = false;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean any = false;
        boolean exact = true;
        while (i < end && isDigit(bytes[i])) {
            any = true;
            if (digits < 19) {
                mantissa = mantissa * 10 + (bytes[i] - '0');
                if (mantissa != 0) {
                    digits++;
                }
            } else {
                exact = false;
                exponent++;
            }
            i++;
        }
        if (i < end && bytes[i] == '.') {
            i++;
            while (i < end && isDigit(bytes[i])) {
                any = true;
                if (digits < 19) {
                    mantissa = mantissa * 10 + (bytes[i] - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    exponent--;
                } else {
                    exact = false;
                }
                i++;
            }
        }
        if (!any) {
            return Double.NaN;
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            if (i == end || !isDigit(bytes[i])) {
                return Double.NaN;
            }
            int e = 0;
            while (i < end && isDigit(bytes[i])) {
                e = Math.min(e * 10 + (bytes[i] - '0'), 100_000);
                i++;
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (exact && mantissa < (1L << 53) && Math.abs(exponent) < POWERS.length) {
            double value = exponent >= 0 ? mantissa * POWERS[exponent] : mantissa / POWERS[-exponent];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
