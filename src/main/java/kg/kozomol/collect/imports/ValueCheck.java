package kg.kozomol.collect.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.kozomol.collect.Choice;
import kg.kozomol.collect.Question;

/** Whether an exported cell is an answer the form could have produced; the message key when it is not. */
final class ValueCheck {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern GEOPOINT = Pattern.compile("-?\\d+(\\.\\d+)?( -?\\d+(\\.\\d+)?){1,3}");

    private ValueCheck() {
    }

    /** @return null for a fitting (or empty) value, else the last part of a message key */
    static String problem(ExportLayout layout, Question q, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return switch (q.type()) {
            case INTEGER -> INTEGER.matcher(value).matches() ? null : "notInteger";
            case DECIMAL -> decimal(value) ? null : "notDecimal";
            case DATE -> date(value) ? null : "notDate";
            case GEOPOINT -> GEOPOINT.matcher(value).matches() ? null : "notGeopoint";
            case SELECT_ONE -> chosen(layout, q).contains(value) || q.choices().orOther() && value.equals("other") ? null : "notChoice";
            case SELECT_MULTIPLE -> chosen(layout, q).containsAll(Set.of(value.split("\\s+"))) ? null : "notChoice";
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

    private static Set<String> chosen(ExportLayout layout, Question q) {
        return layout.choices(q).stream().map(Choice::name).collect(Collectors.toSet());
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
            LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
