package kg.kozomol.qual.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kyrgyz personal identification numbers (ПИН/ИНН): 14 digits, the sex digit 1 (female) or 2 (male), the birth
 * date DDMMYYYY, a 5-digit serial. Written together, or with one space or hyphen kept between those three groups.
 * Fourteen digits whose date cannot be a birth date are something else (an account, a case number).
 */
final class PinFinder {

    private static final Pattern PIN = Pattern.compile(
            "(?<![\\p{N}\\p{L}])[12]([ -]?)(\\d{2})(\\d{2})(\\d{4})\\1\\d{5}(?![\\p{N}\\p{L}])");

    List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher matcher = PIN.matcher(text);
        while (matcher.find()) {
            if (birthDate(matcher.group(2), matcher.group(3), matcher.group(4))) {
                hits.add(new PiiHit(matcher.start(), matcher.end(), PiiKind.PIN, matcher.group()));
            }
        }
        return hits;
    }

    private static boolean birthDate(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > Year.now().getValue()) {
            return false;
        }
        try {
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
