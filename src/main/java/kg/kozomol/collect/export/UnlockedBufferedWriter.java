package kg.kozomol.collect.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer for one thread. SXSSF writes a sheet's XML a character at a time, and {@link java.io.BufferedWriter}
 * takes its lock for every one: a wide export's profile showed that lock as the largest part of writing the sheet.
 */
final class UnlockedBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int size;

    UnlockedBufferedWriter(Writer out, int chars) {
        this.out = out;
        this.buffer = new char[chars];
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (size + length > buffer.length) {
            drain();
            if (length >= buffer.length) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, size, length);
        size += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (size + length > buffer.length) {
            drain();
            if (length >= buffer.length) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, size);
        size += length;
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
