package kg.kozomol.files;

import java.io.BufferedInputStream;
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
 * container (a .docx and a .xlsx are both ZIP files), and only when the name agrees with the bytes.
 */
final class ContentSniffer {

    private static final Set<MediaType> CONTAINERS = Set.of(MediaType.APPLICATION_ZIP,
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"));

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    String detect(Path file, String name) throws IOException {
        MediaType fromBytes = sniff(file, null);
        if (name != null && CONTAINERS.contains(fromBytes)) {
            MediaType refined = sniff(file, name);
            if (registry.isSpecializationOf(refined, fromBytes)) {
                return refined.getBaseType().toString();
            }
        }
        return fromBytes.getBaseType().toString();
    }

    private MediaType sniff(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return types.detect(in, metadata);
        }
    }
}
