package kg.kozomol.collect.imports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The instance ids met so far in one file, to tell a row that repeats an earlier row's id. Kept as 128-bit MD5
 * fingerprints in an open-addressing table (16 bytes an id, not the ~130 of a String in a HashSet), so a million-row
 * file costs about 32 MB; two different ids sharing a fingerprint is as unlikely as an MD5 collision.
 */
final class SeenIds {

    private final MessageDigest md5;
    /** Pairs of longs; (0, 0) marks a free slot, so a fingerprint of (0, 0) is stored as (0, 1). */
    private long[] slots = new long[2 * 1024];
    private int size;

    SeenIds() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes the id; true when it was met before. */
    boolean repeats(String instanceId) {
        ByteBuffer digest = ByteBuffer.wrap(md5.digest(instanceId.getBytes(StandardCharsets.UTF_8)));
        long high = digest.getLong();
        long low = digest.getLong();
        if (high == 0 && low == 0) {
            low = 1;
        }
        if (find(slots, high, low) >= 0) {
            return true;
        }
        if ((size + 1) * 4L > (slots.length / 2) * 3L) {
            grow();
        }
        put(slots, high, low);
        size++;
        return false;
    }

    /** The slot holding the fingerprint, or -1. */
    private static int find(long[] slots, long high, long low) {
        int capacity = slots.length / 2;
        for (int i = index(high, low, capacity); ; i = (i + 1) & (capacity - 1)) {
            long h = slots[2 * i];
            long l = slots[2 * i + 1];
            if (h == 0 && l == 0) {
                return -1;
            }
            if (h == high && l == low) {
                return i;
            }
        }
    }

    private static void put(long[] slots, long high, long low) {
        int capacity = slots.length / 2;
        int i = index(high, low, capacity);
        while (slots[2 * i] != 0 || slots[2 * i + 1] != 0) {
            i = (i + 1) & (capacity - 1);
        }
        slots[2 * i] = high;
        slots[2 * i + 1] = low;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 || slots[i + 1] != 0) {
                put(bigger, slots[i], slots[i + 1]);
            }
        }
        slots = bigger;
    }

    /** MD5's bits are evenly spread already; the capacity is a power of two. */
    private static int index(long high, long low, int capacity) {
        return (int) (high ^ low) & (capacity - 1);
    }
}
