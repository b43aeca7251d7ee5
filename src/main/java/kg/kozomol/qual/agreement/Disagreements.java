package kg.kozomol.qual.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Where coders differ, for the side-by-side view. */
public final class Disagreements {

    /** Unit {@code unit} where the coders' values (in coder order; {@code null} = not coded) are not all equal. */
    public record UnitDisagreement<T>(int unit, List<T> values) {
    }

    /** A stretch [start, end) that only one of two coders coded. */
    public record CharacterDisagreement(int start, int end, boolean codedByFirst) {
    }

    private Disagreements() {
    }

    /**
     * Units on which the coders differ; {@code valuesByCoder.get(coder).get(unit)}. Here {@code null} counts as a
     * value ("not coded"), so a unit one coder coded and another did not is listed. Shorter rows are padded with
     * {@code null}.
     */
    public static <T> List<UnitDisagreement<T>> units(List<? extends List<? extends T>> valuesByCoder) {
        int units = valuesByCoder.stream().mapToInt(List::size).max().orElse(0);
        List<UnitDisagreement<T>> found = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            List<T> values = new ArrayList<>(valuesByCoder.size());
            for (List<? extends T> coder : valuesByCoder) {
                values.add(unit < coder.size() ? coder.get(unit) : null);
            }
            if (values.stream().anyMatch(value -> !Objects.equals(value, values.get(0)))) {
                found.add(new UnitDisagreement<>(unit, Collections.unmodifiableList(values)));
            }
        }
        return found;
    }

    /** Stretches of a text of {@code length} chars coded by exactly one of two coders, in text order. */
    public static List<CharacterDisagreement> characters(int length, Collection<Segment> first,
            Collection<Segment> second) {
        BitSet a = CohensKappa.cover(length, first);
        BitSet b = CohensKappa.cover(length, second);
        BitSet onlyOne = (BitSet) a.clone();
        onlyOne.xor(b);
        List<CharacterDisagreement> found = new ArrayList<>();
        int start = onlyOne.nextSetBit(0);
        while (start >= 0) {
            boolean byFirst = a.get(start);
            int end = start;
            while (end < length && onlyOne.get(end) && a.get(end) == byFirst) {
                end++;
            }
            found.add(new CharacterDisagreement(start, end, byFirst));
            start = onlyOne.nextSetBit(end);
        }
        return found;
    }
}
