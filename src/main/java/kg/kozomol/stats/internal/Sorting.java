package kg.kozomol.stats.internal;

/** Stable ordering of primitive arrays without boxing. */
public final class Sorting {

    private Sorting() {
    }

    /** The indices of {@code keys} in ascending order of key, ties in original order (R's {@code order}). */
    public static int[] stableOrder(double[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n - width; left += 2 * width) {
                merge(keys, order, buffer, left, left + width, Math.min(left + 2 * width, n));
            }
        }
        return order;
    }

    private static void merge(double[] keys, int[] order, int[] buffer, int left, int middle, int right) {
        if (keys[order[middle - 1]] <= keys[order[middle]]) {
            return;
        }
        System.arraycopy(order, left, buffer, left, right - left);
        int i = left;
        int j = middle;
        for (int k = left; k < right; k++) {
            if (i < middle && (j >= right || keys[buffer[i]] <= keys[buffer[j]])) {
                order[k] = buffer[i++];
            } else {
                order[k] = buffer[j++];
            }
        }
    }
}
