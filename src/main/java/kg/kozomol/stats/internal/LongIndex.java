package kg.kozomol.stats.internal;

import java.util.Arrays;

/** Numbers distinct {@code long} keys 0, 1, 2, ... in order of first appearance; an open-addressing hash table. */
public final class LongIndex {

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    public LongIndex() {
        Arrays.fill(values, -1);
    }

    /** The number of {@code key}, giving it the next number if it is new. */
    public int index(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] < 0) {
                keys[slot] = key;
                values[slot] = size++;
                if (size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    public int size() {
        return size;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, -1);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (values[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
