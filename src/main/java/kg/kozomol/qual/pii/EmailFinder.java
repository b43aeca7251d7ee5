package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, Latin or internationalised ("айгуль@почта.кг"). Only the stretch around each "@" is matched:
 * running the pattern at every position of a long transcript is slow.
 */
final class EmailFinder {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}");

    List<PiiHit> find(String text) {
        List<PiiHit> hits = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && addressChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && addressChar(text.charAt(end))) {
                end++;
            }
            Matcher matcher = EMAIL.matcher(text).region(start, end);
            // The stretch may end in a full stop or hyphen that belongs to the sentence: take the longest address.
            if (matcher.lookingAt()) {
                hits.add(new PiiHit(matcher.start(), matcher.end(), PiiKind.EMAIL, matcher.group()));
                at = Math.max(at, matcher.end() - 1);
            }
        }
        return hits;
    }

    private static boolean addressChar(char c) {
        return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }
}
