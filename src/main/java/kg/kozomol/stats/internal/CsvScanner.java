package kg.kozomol.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits RFC 4180 CSV into fields straight from bytes: comma separated, double-quoted fields may hold commas,
 * line breaks and doubled quotes; records end with LF, CRLF or CR; a UTF-8 byte order mark is skipped. A field is
 * handed out as a slice of the read buffer ({@link #bytes()}, {@link #offset()}, {@link #length()}), copied only
 * when it holds doubled quotes, so callers decode just what they keep.
 */
final class CsvScanner {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 18];
    private int position;
    private int limit;
    private boolean eof;
    private boolean started;

    private byte[] bytes;
    private int offset;
    private int length;
    private byte[] unquoted = new byte[256];
    private boolean quoted;
    private boolean endOfRecord = true;
    private int line = 1;
    private int recordLine = 1;

    CsvScanner(InputStream in) {
        this.in = in;
    }

    /** Reads the next field; false at the end of the input. Throws {@link MalformedCsv} on a stray quote. */
    boolean next() {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        if (endOfRecord) {
            recordLine = line;
        }
        quoted = false;
        if (position == limit && !more()) {
            if (endOfRecord) {
                return false;
            }
            bytes = buffer;
            offset = position;
            length = 0;
            endOfRecord = true;
            return true;
        }
        if (buffer[position] == '"') {
            quoted = true;
            position++;
            readQuoted();
        } else {
            readPlain();
        }
        int b = position < limit || more() ? buffer[position++] & 0xFF : -1;
        if (b == ',') {
            endOfRecord = false;
        } else if (b < 0 || b == '\n') {
            endOfRecord = true;
            line += b < 0 ? 0 : 1;
        } else if (b == '\r') {
            endOfRecord = true;
            line++;
            if ((position < limit || more()) && buffer[position] == '\n') {
                position++;
            }
        } else {
            throw new MalformedCsv(line);
        }
        return true;
    }

    /** Up to the next comma or line break; the field stays in the buffer, which is compacted if it must grow. */
    private void readPlain() {
        int start = position;
        while (true) {
            byte[] buf = buffer;
            int end = limit;
            int i = position;
            while (i < end) {
                byte b = buf[i];
                if (b == ',' || b == '\n' || b == '\r') {
                    break;
                }
                i++;
            }
            position = i;
            if (i < end) {
                break;
            }
            boolean more = refillKeeping(start);
            start = 0;
            if (!more) {
                break;
            }
        }
        bytes = buffer;
        offset = start;
        length = position - start;
    }

    private void readQuoted() {
        int count = 0;
        while (true) {
            if (position == limit && !more()) {
                throw new MalformedCsv(recordLine);
            }
            byte b = buffer[position++];
            if (b == '"') {
                if ((position < limit || more()) && buffer[position] == '"') {
                    position++;
                } else {
                    bytes = unquoted;
                    offset = 0;
                    length = count;
                    return;
                }
            } else if (b == '\n' || (b == '\r' && !((position < limit || more()) && buffer[position] == '\n'))) {
                line++;
            }
            if (count == unquoted.length) {
                unquoted = Arrays.copyOf(unquoted, count * 2);
            }
            unquoted[count++] = b;
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    boolean quoted() {
        return quoted;
    }

    /** True when the field just read was the last of its record. */
    boolean endOfRecord() {
        return endOfRecord;
    }

    /** The line on which the current record started (1-based, counting the header). */
    int recordLine() {
        return recordLine;
    }

    private void skipByteOrderMark() {
        while (limit - position < 3 && more()) {
            // fill at least three bytes
        }
        if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    /** Reads more input after what is buffered (compacting first); false at the end of the input. */
    private boolean more() {
        return refillKeeping(position);
    }

    /**
     * Drops the bytes before {@code keep} (positions move down by it), then reads more input after the rest, growing
     * the buffer when one field fills it; false at the end of the input.
     */
    private boolean refillKeeping(int keep) {
        int kept = limit - keep;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, kept);
        }
        position -= keep;
        limit = kept;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        if (eof) {
            return false;
        }
        try {
            int read;
            do {
                read = in.read(buffer, limit, buffer.length - limit);
            } while (read == 0);
            if (read < 0) {
                eof = true;
                return false;
            }
            limit += read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quote where CSV allows none, or a quoted field that never ends. */
    static final class MalformedCsv extends RuntimeException {

        final int line;

        MalformedCsv(int line) {
            super("malformed CSV at line " + line);
            this.line = line;
        }
    }
}
