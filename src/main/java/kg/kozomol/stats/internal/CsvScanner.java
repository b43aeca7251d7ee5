package kg.kozomol.stats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits RFC 4180 CSV into fields straight from bytes: comma separated, double-quoted fields may hold commas,
 * line breaks and doubled quotes; records end with LF, CRLF or CR; a UTF-8 byte order mark is skipped. Each field's
 * bytes (unquoted) are left in {@link #field()} until the next call, so callers decode only what they keep.
 */
final class CsvScanner {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean started;

    private byte[] field = new byte[256];
    private int length;
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
        length = 0;
        quoted = false;
        int b = read();
        if (b < 0) {
            if (endOfRecord) {
                return false;
            }
            endOfRecord = true;
            return true;
        }
        if (b == '"') {
            quoted = true;
            readQuoted();
            b = read();
        } else {
            while (b >= 0 && b != ',' && b != '\n' && b != '\r') {
                append(b);
                b = read();
            }
        }
        if (b == ',') {
            endOfRecord = false;
        } else if (b < 0 || b == '\n') {
            endOfRecord = true;
            line += b < 0 ? 0 : 1;
        } else if (b == '\r') {
            endOfRecord = true;
            line++;
            if (peek() == '\n') {
                read();
            }
        } else {
            throw new MalformedCsv(line);
        }
        return true;
    }

    private void readQuoted() {
        while (true) {
            int b = read();
            if (b < 0) {
                throw new MalformedCsv(recordLine);
            }
            if (b == '"') {
                if (peek() == '"') {
                    read();
                    append('"');
                } else {
                    return;
                }
            } else {
                if (b == '\n' || (b == '\r' && peek() != '\n')) {
                    line++;
                }
                append(b);
            }
        }
    }

    byte[] field() {
        return field;
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

    private void append(int b) {
        if (length == field.length) {
            field = Arrays.copyOf(field, length * 2);
        }
        field[length++] = (byte) b;
    }

    private void skipByteOrderMark() {
        if (peek() == 0xEF && fill(3) && (buffer[position + 1] & 0xFF) == 0xBB && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    private int read() {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private int peek() {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position] & 0xFF;
    }

    /** Makes at least {@code n} bytes available if the input has them. */
    private boolean fill(int n) {
        if (limit - position >= n) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        try {
            while (limit < n) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean refill() {
        try {
            int read;
            do {
                read = in.read(buffer, 0, buffer.length);
            } while (read == 0);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
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
