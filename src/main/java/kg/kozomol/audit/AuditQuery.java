package kg.kozomol.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit filter as typed into the page (all text), turned into an {@link AuditFilter}; remembers which
 * fields could not be read so the page can say so.
 */
public record AuditQuery(String actor, String entityType, String entityId, String from, String to) {

    public List<String> invalidFields() {
        List<String> invalid = new ArrayList<>();
        if (unreadable(from)) {
            invalid.add("from");
        }
        if (unreadable(to)) {
            invalid.add("to");
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start != null && end != null && end.isBefore(start)) {
            invalid.add("toBeforeFrom");
        }
        return invalid;
    }

    /** The filter, or no filter at all when part of it could not be read. */
    public AuditFilter toFilter() {
        if (!invalidFields().isEmpty()) {
            return AuditFilter.none();
        }
        return new AuditFilter(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), date(from), date(to));
    }

    /** The values echoed back into the form, trimmed to a sane length. */
    public AuditQuery echoed() {
        return new AuditQuery(echo(actor), echo(entityType), echo(entityId), echo(from), echo(to));
    }

    private static boolean unreadable(String text) {
        return text != null && !text.isBlank() && date(text) == null;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String echo(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
