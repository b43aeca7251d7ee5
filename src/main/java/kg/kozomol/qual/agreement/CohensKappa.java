package kg.kozomol.qual.agreement;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Cohen's kappa, κ = (p_o − p_e) / (1 − p_e), with p_e = Σ_k p_A(k)·p_B(k) from each coder's own marginals.
 */
public final class CohensKappa {

    private CohensKappa() {
    }

    /**
     * Unit-level kappa over nominal categories: {@code first.get(i)} and {@code second.get(i)} are the two coders'
     * categories for unit i. A unit either coder left without a category ({@code null}) is skipped; for "coded /
     * not coded" per code pass booleans, which are never null.
     */
    public static Kappa units(List<?> first, List<?> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("coders rated " + first.size() + " and " + second.size() + " units");
        }
        Map<Object, Integer> firstMargin = new HashMap<>();
        Map<Object, Integer> secondMargin = new HashMap<>();
        int n = 0;
        int agreed = 0;
        for (int i = 0; i < first.size(); i++) {
            Object a = first.get(i);
            Object b = second.get(i);
            if (a == null || b == null) {
                continue;
            }
            n++;
            if (Objects.equals(a, b)) {
                agreed++;
            }
            firstMargin.merge(a, 1, Integer::sum);
            secondMargin.merge(b, 1, Integer::sum);
        }
        double expected = 0;
        for (Map.Entry<Object, Integer> margin : firstMargin.entrySet()) {
            expected += (double) margin.getValue() * secondMargin.getOrDefault(margin.getKey(), 0);
        }
        return of(agreed, n, n == 0 ? 0 : expected / ((double) n * n));
    }

    /**
     * Character-level kappa for one code over a text of {@code length} chars: each char is "coded" by a coder when
     * one of that coder's segments covers it. Overlapping segments of one coder count once.
     */
    public static Kappa characters(int length, Collection<Segment> first, Collection<Segment> second) {
        BitSet a = cover(length, first);
        BitSet b = cover(length, second);
        int codedA = a.cardinality();
        int codedB = b.cardinality();
        BitSet both = (BitSet) a.clone();
        both.and(b);
        int bothCoded = both.cardinality();
        int neither = length - codedA - codedB + bothCoded;
        double n = length;
        double expected = length == 0 ? 0
                : (codedA / n) * (codedB / n) + ((length - codedA) / n) * ((length - codedB) / n);
        return of(bothCoded + neither, length, expected);
    }

    static BitSet cover(int length, Collection<Segment> segments) {
        BitSet covered = new BitSet(length);
        for (Segment segment : segments) {
            covered.set(Math.min(segment.start(), length), Math.min(segment.end(), length));
        }
        return covered;
    }

    private static Kappa of(int agreed, int n, double expected) {
        if (n == 0) {
            return new Kappa(OptionalDouble.empty(), 0, 0, 0, 0);
        }
        double observed = (double) agreed / n;
        // Expected agreement 1 means no variation to agree on; float noise may leave it a hair below.
        OptionalDouble kappa = expected >= 1 - 1e-12 ? OptionalDouble.empty()
                : OptionalDouble.of((observed - expected) / (1 - expected));
        return new Kappa(kappa, observed * 100, observed, expected, n);
    }
}
