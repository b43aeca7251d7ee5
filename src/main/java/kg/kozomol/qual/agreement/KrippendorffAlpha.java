package kg.kozomol.qual.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Krippendorff's alpha through the coincidence matrix, as in Krippendorff (2011) "Computing Krippendorff's
 * Alpha-Reliability": o_ck = Σ_u (number of c–k pairs in u) / (m_u − 1) over units rated by m_u ≥ 2 coders,
 * D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n (n − 1)).
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * @param data reliability data, {@code data[coder][unit]}; {@code null} is a missing value. Rows may differ in
     *             length (missing at the end). Ordinal values need only be ordered; ratio values must be ≥ 0.
     */
    public static Alpha of(Double[][] data, Metric metric) {
        int units = 0;
        for (Double[] coder : data) {
            units = Math.max(units, coder.length);
        }
        double[] values = distinctValues(data);
        if (metric == Metric.RATIO && values.length > 0 && values[0] < 0) {
            throw new IllegalArgumentException("ratio values must not be negative: " + values[0]);
        }
        Map<Double, Integer> index = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            index.put(values[i], i);
        }
        double[][] coincidences = new double[values.length][values.length];
        int pairableUnits = 0;
        for (int unit = 0; unit < units; unit++) {
            List<Integer> rated = new ArrayList<>();
            for (Double[] coder : data) {
                if (unit < coder.length && coder[unit] != null) {
                    rated.add(index.get(coder[unit]));
                }
            }
            int m = rated.size();
            if (m < 2) {
                continue;
            }
            pairableUnits++;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences[rated.get(i)][rated.get(j)] += 1.0 / (m - 1);
                    }
                }
            }
        }
        return fromCoincidences(coincidences, values, metric, pairableUnits);
    }

    /** Nominal alpha for any category labels (code names, ids); {@code null} is a missing value. */
    public static Alpha nominal(List<? extends List<?>> data) {
        Map<Object, Double> ids = new HashMap<>();
        Double[][] numeric = new Double[data.size()][];
        for (int coder = 0; coder < data.size(); coder++) {
            List<?> row = data.get(coder);
            numeric[coder] = new Double[row.size()];
            for (int unit = 0; unit < row.size(); unit++) {
                Object label = row.get(unit);
                numeric[coder][unit] = label == null ? null
                        : ids.computeIfAbsent(label, key -> (double) ids.size());
            }
        }
        return of(numeric, Metric.NOMINAL);
    }

    private static double[] distinctValues(Double[][] data) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (Double[] coder : data) {
            for (Double value : coder) {
                if (value != null) {
                    if (value.isNaN() || value.isInfinite()) {
                        throw new IllegalArgumentException("value " + value);
                    }
                    distinct.add(value);
                }
            }
        }
        return distinct.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Alpha fromCoincidences(double[][] o, double[] values, Metric metric, int units) {
        int v = values.length;
        double[] marginals = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginals[c] += o[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double delta = difference(metric, values, marginals, c, k);
                observed += o[c][k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        int pairable = (int) Math.round(n);
        if (pairable < 2 || expected == 0) {
            return new Alpha(OptionalDouble.empty(), metric, 0, 0, pairable, units);
        }
        observed /= n;
        expected /= n * (n - 1);
        return new Alpha(OptionalDouble.of(1 - observed / expected), metric, observed, expected, pairable, units);
    }

    /** δ²_ck of Krippendorff (2011); ordinal uses the marginal frequencies of the ranks between c and k. */
    private static double difference(Metric metric, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case ORDINAL -> {
                double sum = 0;
                for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
                    sum += marginals[g];
                }
                double d = sum - (marginals[c] + marginals[k]) / 2;
                yield d * d;
            }
            case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
            case RATIO -> {
                double d = (values[c] - values[k]) / (values[c] + values[k]);
                yield d * d;
            }
        };
    }
}
