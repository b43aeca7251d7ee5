package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, Latin or internationalised ("айгуль@почта.кг"). */
final class EmailFinder {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                    + "\\p{L}{2,}(?![\\p{L}\\p{N}-])");

    List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        Matcher matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            hits.add(new PiiHit(matcher.start(), matcher.end(), PiiKind.EMAIL, matcher.group()));
        }
        return hits;
    }
}
