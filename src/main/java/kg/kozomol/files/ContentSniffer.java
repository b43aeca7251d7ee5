package kg.kozomol.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's type from its bytes. The name is consulted only to tell apart formats that share a
 * container (a .docx and a .xlsx are both ZIP files), and only when the name agrees with the bytes. Text in a
 * single-byte Cyrillic encoding (Windows-1251, as Excel saves CSV on a Russian Windows) is text too, though Tika,
 * seeing mostly bytes above 127 that are not UTF-8, calls it binary. Photos, which phones send by the thousand, are
 * told by their leading signature without Tika: its full magic scan cost more than everything else in storing one.
 */
final class ContentSniffer {

    private static final Set<MediaType> CONTAINERS = Set.of(MediaType.APPLICATION_ZIP,
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"));

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    private static final int TEXT_PROBE = 64 * 1024;

    /** Where the bytes are read from, as often as the detection needs: a file, or the bytes themselves in memory. */
    private interface Content {
        InputStream open() throws IOException;
    }

    String detect(Path file, String name) throws IOException {
        return detect(() -> Files.newInputStream(file), name);
    }

    String detect(byte[] bytes, String name) throws IOException {
        return detect(() -> new ByteArrayInputStream(bytes), name);
    }

    private String detect(Content file, String name) throws IOException {
        String image = ImageSignature.of(head(file, 12));
        if (image != null) {
            return image;
        }
        MediaType fromBytes = sniff(file, null);
        if (MediaType.OCTET_STREAM.equals(fromBytes) && singleByteText(head(file, TEXT_PROBE))) {
            return MediaType.TEXT_PLAIN.toString();
        }
        if (name != null && CONTAINERS.contains(fromBytes)) {
            MediaType refined = sniff(file, name);
            if (registry.isSpecializationOf(refined, fromBytes)) {
                return refined.getBaseType().toString();
            }
        }
        return fromBytes.getBaseType().toString();
    }

    /** No control bytes but tab, line breaks and form feed, and some letters beyond ASCII in the first 64 KB. */
    private static boolean singleByteText(byte[] start) {
        boolean high = false;
        for (byte b : start) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                return false;
            }
            high |= c >= 0xC0;
        }
        return high;
    }

    private static byte[] head(Content file, int length) throws IOException {
        try (InputStream in = file.open()) {
            return in.readNBytes(length);
        }
    }

    private MediaType sniff(Content file, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (InputStream in = new BufferedInputStream(file.open())) {
            return types.detect(in, metadata);
        }
    }
}
