package kg.kozomol.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an indicator is measured, and so what a value of it may be: a number in its unit, a percentage (0–100), one
 * of its categories (nominal, or ordinal in their order), or text. Only numbers carry survey precision.
 */
public enum MeasureType {
    UNIT,
    PERCENTAGE,
    NOMINAL,
    ORDINAL,
    QUALITATIVE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean numeric() {
        return this == UNIT || this == PERCENTAGE;
    }

    public boolean categorical() {
        return this == NOMINAL || this == ORDINAL;
    }

    /** Reads a typed value; the problem's message key when it is not a value of this measure. */
    public Reading read(String raw, List<String> categories) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Reading.problem("programme.validation.valueRequired");
        }
        if (categorical()) {
            return categories.contains(text) ? Reading.text(text) : Reading.problem("programme.validation.notACategory");
        }
        if (this == QUALITATIVE) {
            return text.length() > 2000 ? Reading.problem("programme.validation.tooLong") : Reading.text(text);
        }
        BigDecimal number = number(text);
        if (number == null) {
            return Reading.problem(this == PERCENTAGE ? "programme.validation.notAPercentage" : "programme.validation.notANumber");
        }
        if (this == PERCENTAGE && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
            return Reading.problem("programme.validation.percentageRange");
        }
        return Reading.number(number);
    }

    /** A decimal as people type it: comma or point, spaces between thousands; null when it is not one. */
    public static BigDecimal number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String cleaned = raw.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!cleaned.matches("[-+]?\\d{1,15}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    /** A value read from text: a number, a text, or the message key of what is wrong with it. */
    public record Reading(BigDecimal number, String text, String problem) {

        static Reading number(BigDecimal number) {
            return new Reading(number, null, null);
        }

        static Reading text(String text) {
            return new Reading(null, text, null);
        }

        static Reading problem(String key) {
            return new Reading(null, null, key);
        }

        public boolean ok() {
            return problem == null;
        }

        /** The value as shown: a number without trailing zeros, or the text. */
        public String shown() {
            return number != null ? number.stripTrailingZeros().toPlainString() : text;
        }
    }
}
