package kg.kozomol.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The common photo formats told by their first bytes, with the types Tika gives them. A file starting with one of these
 * signatures is that image to every viewer, whatever follows, so nothing further needs reading.
 */
final class ImageSignature {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private ImageSignature() {
    }

    /** The image type of a file starting with these bytes, or null when they start with none of these signatures. */
    static String of(byte[] head) {
        if (startsWith(head, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
            return "image/gif";
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
        return bytes.length >= offset + signature.length
                && Arrays.equals(bytes, offset, offset + signature.length, signature, 0, signature.length);
    }
}
