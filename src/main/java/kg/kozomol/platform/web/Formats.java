package kg.kozomol.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers in the reader's language and the platform's time zone; templates call it as {@code @fmt}. */
@Component("fmt")
public class Formats {

    private final ZoneId zone;

    public Formats(@Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String dateTime(Object value) {
        TemporalAccessor instant = toZoned(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant);
    }

    public String date(Object value) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
        }
        TemporalAccessor instant = toZoned(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(instant);
    }

    /** The time of day only, e.g. the end of a meeting shown after its date and start. */
    public String time(Object value) {
        TemporalAccessor instant = toZoned(value);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(instant);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    public String bytes(long size) {
        if (size < 1024) {
            return number(size) + " B";
        }
        if (size < 1024 * 1024) {
            return number(Math.round(size / 102.4) / 10.0) + " KB";
        }
        return number(Math.round(size / 104857.6) / 10.0) + " MB";
    }

    public String iso(Object value) {
        TemporalAccessor instant = toZoned(value);
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant);
    }

    private TemporalAccessor toZoned(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(zone);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atZone(zone);
        }
        return null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
