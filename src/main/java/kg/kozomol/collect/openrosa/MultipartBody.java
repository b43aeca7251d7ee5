package kg.kozomol.collect.openrosa;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamSource;

/**
 * The parts of a {@code multipart/form-data} body already in memory (RFC 7578), as ODK Collect sends a submission. A
 * part's content stays where it is in the body: nothing is copied, no temporary file written. Small submissions, nearly
 * all of them, are read this way; Tomcat's parser (with temporary files for large parts) reads the rest.
 */
final class MultipartBody {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CLOSE = {'-', '-'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /** One part: its form field name, the file name it was sent with (or null) and where its content lies in the body. */
    record Part(String name, String fileName, byte[] body, int offset, int length) implements InputStreamSource {

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(body, offset, length);
        }

        byte[] bytes() {
            byte[] bytes = new byte[length];
            System.arraycopy(body, offset, bytes, 0, length);
            return bytes;
        }
    }

    /** The body is not multipart/form-data with this boundary. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    private MultipartBody() {
    }

    /** The boundary a multipart/form-data content type names, or null when it is none. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String parameter : parameters(contentType)) {
            String trimmed = parameter.trim();
            if (trimmed.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = unquote(trimmed.substring(9).trim());
                return value.isEmpty() || value.length() > 70 ? null : value;
            }
        }
        return null;
    }

    static List<Part> parse(byte[] body, int length, String boundary) throws MalformedException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first delimiter may start the body, without the line break before it; anything before it is a preamble.
        int at;
        if (startsWith(body, 0, length, delimiter, 2)) {
            at = delimiter.length - 2;
        } else {
            int first = indexOf(body, 0, length, delimiter);
            if (first < 0) {
                throw new MalformedException("no boundary");
            }
            at = first + delimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, at, length, CLOSE, 0)) {
                return parts;
            }
            at = skipLinearWhitespace(body, at, length);
            if (!startsWith(body, at, length, CRLF, 0)) {
                throw new MalformedException("no line break after a boundary");
            }
            at += 2;
            int headersEnd = startsWith(body, at, length, CRLF, 0) ? at - 2 : indexOf(body, at, length, HEADERS_END);
            if (headersEnd < 0) {
                throw new MalformedException("headers without end");
            }
            String[] disposition = disposition(new String(body, at, Math.max(0, headersEnd - at), StandardCharsets.UTF_8));
            int content = headersEnd + 4;
            int end = indexOf(body, content, length, delimiter);
            if (end < 0) {
                throw new MalformedException("part without end");
            }
            if (disposition[0] != null) {
                parts.add(new Part(disposition[0], disposition[1], body, content, end - content));
            }
            at = end + delimiter.length;
        }
    }

    /** The name and file name of a part's {@code Content-Disposition: form-data} header (nulls when absent). */
    private static String[] disposition(String headers) {
        String[] found = new String[2];
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                continue;
            }
            for (String parameter : parameters(line.substring(colon + 1))) {
                int equals = parameter.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String key = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
                String value = unquote(parameter.substring(equals + 1).trim());
                if (key.equals("name")) {
                    found[0] = value;
                } else if (key.equals("filename")) {
                    found[1] = value;
                }
            }
        }
        return found;
    }

    /** Splits a header value at the semicolons outside quoted strings. */
    private static List<String> parameters(String value) {
        List<String> parameters = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parameters.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parameters.add(current.toString());
        return parameters;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder unquoted = new StringBuilder(value.length());
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            unquoted.append(c);
        }
        return unquoted.toString();
    }

    private static int skipLinearWhitespace(byte[] body, int at, int length) {
        while (at < length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        return at;
    }

    private static boolean startsWith(byte[] body, int at, int length, byte[] prefix, int prefixFrom) {
        int n = prefix.length - prefixFrom;
        if (at < 0 || at + n > length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (body[at + i] != prefix[prefixFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the pattern next occurs from {@code from}, or -1: a scan for its first byte, then a comparison of the rest. */
    private static int indexOf(byte[] body, int from, int length, byte[] pattern) {
        byte first = pattern[0];
        int last = length - pattern.length;
        for (int i = from; i <= last; i++) {
            if (body[i] == first && startsWith(body, i, length, pattern, 0)) {
                return i;
            }
        }
        return -1;
    }
}
