package kg.kozomol.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel and LibreOffice write it in Kyrgyzstan: UTF-8 with or without a byte-order mark, or
 * Windows-1251 (told apart by whether the bytes are valid UTF-8, which Cyrillic cp1251 text practically never is),
 * separated by commas or semicolons (whichever the header row has more of outside quotes), fields in double quotes.
 */
final class CsvTable {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int BUFFER = 64 * 1024;
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private CsvTable() {}

    static RawTable read(Path file, int maxRows) throws IOException {
        Collecting rows = new Collecting(maxRows);
        stream(file, rows);
        return rows.table();
    }

    static void stream(Path file, TableVisitor visitor) throws IOException {
        stream(file, Encoding.of(file), visitor);
    }

    /** How a file's bytes are text: its character set, and whether a byte-order mark (skipped) starts it. */
    record Encoding(Charset charset, boolean bom) {

        /** Told from the file's bytes, which takes a pass over all of them. */
        static Encoding of(Path file) throws IOException {
            boolean bom = startsWithBom(file);
            return new Encoding(bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251, bom);
        }
    }

    /** As {@link #stream(Path, TableVisitor)} with the file's encoding already told. */
    static void stream(Path file, Encoding encoding, TableVisitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (encoding.bom()) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), BUFFER);
            reader.mark(BUFFER);
            char separator = separatorOf(firstLine(reader));
            reader.reset();
            parse(reader, separator, visitor);
        }
    }

    private static void parse(BufferedReader reader, char separator, TableVisitor visitor) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        boolean header = true;
        long number = 0;
        try (CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                number = record.getRecordNumber();
                List<String> cells = record.toList();
                if (header) {
                    header = false;
                    if (!visitor.sheet("", cells)) {
                        return;
                    }
                } else if (!blank(cells)) {
                    visitor.row(new RawTable.Row((int) number, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a stray or unclosed quote this way; the next record is where it went wrong.
            throw new TableFileException(TableFileException.Reason.BAD_CSV, number + 1);
        }
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }

    /** Decodes the whole file strictly, in slices, carrying an incomplete character over to the next slice. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int c;
        while (line.length() < BUFFER - 1 && (c = reader.read()) != -1) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    static char separatorOf(String headerLine) {
        char best = ',';
        long bestCount = 0;
        for (char separator : SEPARATORS) {
            long count = countOutsideQuotes(headerLine, separator);
            if (count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char wanted) {
        long count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                count++;
            }
        }
        return count;
    }
}
