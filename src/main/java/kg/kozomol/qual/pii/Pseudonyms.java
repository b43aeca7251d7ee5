package kg.kozomol.qual.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Consistent replacements: the same person, place or institution gets the same numbered label everywhere
 * ("[Респондент 1]", "[Место 2]", "[Учреждение 1]"), numbered per kind in order of first appearance; phones,
 * PINs and e-mails get one unnumbered label each. "The same" means the same kind and key, where the key is
 * {@code keyOf(hit)} (use {@link PiiDetector#normalise} so "Айгуль" and "Айгулью" share one). Not thread-safe:
 * one instance per pseudonymisation run, seeded with {@link #assign} from the stored map of earlier transcripts.
 */
public final class Pseudonyms {

    /** An accepted hit and its replacement: [start, end) is where the pseudonym stands in the new text. */
    public record Replacement(PiiHit original, String key, String pseudonym, int start, int end) {
    }

    /**
     * The pseudonymised text and where each replacement went; the offset maps let coding positions made on the
     * new text be related to the original and back.
     */
    public record Pseudonymised(String text, List<Replacement> replacements) {

        /** The offset in the new text of an original offset; inside a replaced stretch, the pseudonym's start. */
        public int toPseudonymised(int originalOffset) {
            int shift = 0;
            for (Replacement replacement : replacements) {
                PiiHit hit = replacement.original();
                if (originalOffset < hit.start()) {
                    break;
                }
                if (originalOffset < hit.end()) {
                    return replacement.start();
                }
                shift = replacement.end() - hit.end();
            }
            return originalOffset + shift;
        }

        /** The offset in the original text of a new offset; inside a pseudonym, the original stretch's start. */
        public int toOriginal(int pseudonymisedOffset) {
            int shift = 0;
            for (Replacement replacement : replacements) {
                if (pseudonymisedOffset < replacement.start()) {
                    break;
                }
                if (pseudonymisedOffset < replacement.end()) {
                    return replacement.original().start();
                }
                shift = replacement.original().end() - replacement.end();
            }
            return pseudonymisedOffset + shift;
        }
    }

    /** One entry of the map of originals to pseudonyms, in order of assignment. */
    public record Entry(PiiKind kind, String key, String pseudonym) {
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\]$");

    private final Function<PiiHit, String> keyOf;
    private final Map<PiiKind, Map<String, String>> assigned = new EnumMap<>(PiiKind.class);
    private final Map<PiiKind, Integer> lastNumber = new EnumMap<>(PiiKind.class);

    /** Keys are the hit's text folded (case, ё, Kyrgyz letters); prefer {@code new Pseudonyms(detector::normalise)}. */
    public Pseudonyms() {
        this(hit -> Folding.fold(hit.text().strip()));
    }

    public Pseudonyms(Function<PiiHit, String> keyOf) {
        this.keyOf = keyOf;
    }

    /**
     * Fixes the pseudonym of a key: a stored one from earlier transcripts, or a reviewer's own choice such as
     * "[село в Таласской области]". Numbering of that kind continues after the highest number seen.
     */
    public void assign(PiiKind kind, String key, String pseudonym) {
        assigned.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, pseudonym);
        Matcher number = NUMBER.matcher(pseudonym);
        if (number.find() && pseudonym.startsWith(prefix(kind))) {
            lastNumber.merge(kind, Integer.parseInt(number.group(1)), Math::max);
        }
    }

    public String pseudonymFor(PiiHit hit) {
        return pseudonymFor(hit.kind(), keyOf.apply(hit));
    }

    private String pseudonymFor(PiiKind kind, String key) {
        return assigned.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> next(kind));
    }

    /** The map of originals (keys) to pseudonyms so far, to be stored apart from the text. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        assigned.forEach((kind, byKey) -> byKey.forEach((key, pseudonym) -> entries.add(
                new Entry(kind, key, pseudonym))));
        return entries;
    }

    /**
     * Replaces the accepted hits in {@code text}. Hits may come in any order but must not overlap; each must
     * describe the text (its {@code text} equal to what stands at its offsets).
     */
    public Pseudonymised apply(String text, List<PiiHit> accepted) {
        List<PiiHit> hits = accepted.stream().sorted(Comparator.comparingInt(PiiHit::start)).toList();
        StringBuilder result = new StringBuilder(text.length());
        List<Replacement> replacements = new ArrayList<>(hits.size());
        int copied = 0;
        for (PiiHit hit : hits) {
            if (hit.start() < copied || hit.end() > text.length()
                    || !text.regionMatches(hit.start(), hit.text(), 0, hit.text().length())
                    || hit.text().length() != hit.length()) {
                throw new IllegalArgumentException("hit does not fit the text or overlaps another: " + hit);
            }
            result.append(text, copied, hit.start());
            String key = keyOf.apply(hit);
            String pseudonym = pseudonymFor(hit.kind(), key);
            int start = result.length();
            result.append(pseudonym);
            replacements.add(new Replacement(hit, key, pseudonym, start, result.length()));
            copied = hit.end();
        }
        result.append(text, copied, text.length());
        return new Pseudonymised(result.toString(), List.copyOf(replacements));
    }

    private String next(PiiKind kind) {
        return switch (kind) {
            case PHONE -> "[Телефон]";
            case PIN -> "[ПИН]";
            case EMAIL -> "[E-mail]";
            case PERSON_NAME, PLACE, INSTITUTION -> prefix(kind) + " " + lastNumber.merge(kind, 1, Integer::sum) + "]";
        };
    }

    private static String prefix(PiiKind kind) {
        return switch (kind) {
            case PERSON_NAME -> "[Респондент";
            case PLACE -> "[Место";
            case INSTITUTION -> "[Учреждение";
            case PHONE -> "[Телефон";
            case PIN -> "[ПИН";
            case EMAIL -> "[E-mail";
        };
    }
}
