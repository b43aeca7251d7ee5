package kg.kozomol.collect.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import kg.kozomol.collect.Question;

/** Whether an exported cell is an answer the form could have produced; the message key when it is not. */
final class ValueCheck {

    private static final Pattern GEOPOINT = Pattern.compile("-?\\d+(\\.\\d+)?( -?\\d+(\\.\\d+)?){1,3}");

    private ValueCheck() {
    }

    /** @return null for a fitting (or empty) value, else the last part of a message key */
    static String problem(ExportLayout layout, Question q, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return switch (q.type()) {
            case INTEGER -> integer(value) ? null : "notInteger";
            case DECIMAL -> decimal(value) ? null : "notDecimal";
            case DATE -> date(value) ? null : "notDate";
            case GEOPOINT -> GEOPOINT.matcher(value).matches() ? null : "notGeopoint";
            case SELECT_ONE -> layout.choiceNames(q) == null || layout.choiceNames(q).contains(value)
                    || q.choices().orOther() && value.equals("other") ? null : "notChoice";
            case SELECT_MULTIPLE -> layout.choiceNames(q) == null || allChosen(layout.choiceNames(q), value) ? null : "notChoice";
            default -> null;
        };
    }

    /** A 0/1 column of a split select_multiple. */
    static boolean isFlag(String value) {
        return value.isEmpty() || value.equals("0") || value.equals("1") || value.equalsIgnoreCase("true")
                || value.equalsIgnoreCase("false");
    }

    static boolean isSet(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    /** As the pattern {@code -?\d{1,18}}, without a matcher per cell. */
    private static boolean integer(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether every name in a space-separated list (split as {@code \s+} splits) is a choice. */
    private static boolean allChosen(Set<String> choices, String value) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || isSpace(value.charAt(i))) {
                if (i > start && !choices.contains(value.substring(start, i))) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean decimal(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean date(String value) {
        try {
            String day = value.length() > 10 ? value.substring(0, 10) : value;
            if (isPlainDate(day)) {
                LocalDate.of(number(day, 0, 4), number(day, 5, 7), number(day, 8, 10));
                return true;
            }
            LocalDate.parse(day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** yyyy-mm-dd in ASCII digits: the common case, checked without a parser (which takes the rest). */
    private static boolean isPlainDate(String day) {
        if (day.length() != 10 || day.charAt(4) != '-' || day.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (day.charAt(i) < '0' || day.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }
}
