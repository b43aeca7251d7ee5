package kg.kozomol.qual;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The plain text of an uploaded transcript (DOCX, ODT, PDF with a text layer, RTF, TXT) through Apache Tika. Every
 * way a file can be unusable becomes a {@link QualRefusedException} with its own message, before anything is stored.
 */
@Component
class TranscriptText {

    private static final Set<String> ACCEPTED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/pdf", "application/rtf", "text/plain");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final QualProperties properties;
    private final AutoDetectParser parser = new AutoDetectParser();

    TranscriptText(QualProperties properties) {
        this.properties = properties;
    }

    String extract(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new QualRefusedException("qual.upload.empty");
        }
        if (bytes.length > properties.maxTranscriptBytes()) {
            throw new QualRefusedException("qual.upload.tooLarge");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName == null ? "" : fileName);
        MediaType type = detect(bytes, metadata);
        if (type.getBaseType().toString().equals("application/x-tika-ooxml-protected")
                || type.getBaseType().toString().equals("application/x-tika-msoffice")) {
            throw new QualRefusedException(fileName != null && fileName.toLowerCase().endsWith(".docx")
                    ? "qual.upload.encrypted" : "qual.upload.unsupported");
        }
        if (!ACCEPTED.contains(type.getBaseType().toString())) {
            throw new QualRefusedException("qual.upload.unsupported");
        }
        String text = type.getBaseType().toString().equals("text/plain") ? decode(bytes) : parse(bytes, metadata);
        String clean = normalise(text);
        if (clean.isBlank()) {
            throw new QualRefusedException(type.getBaseType().toString().equals("application/pdf")
                    ? "qual.upload.ocrNeeded" : "qual.upload.empty");
        }
        return clean;
    }

    private MediaType detect(byte[] bytes, Metadata metadata) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new QualRefusedException("qual.upload.corrupt");
        }
    }

    private String parse(byte[] bytes, Metadata metadata) {
        BodyContentHandler handler = new BodyContentHandler(properties.maxTranscriptChars());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new QualRefusedException("qual.upload.encrypted");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new QualRefusedException("qual.upload.tooLarge");
            }
            throw new QualRefusedException("qual.upload.corrupt");
        } catch (TikaException | IOException | RuntimeException e) {
            if (e.getCause() instanceof org.apache.poi.EncryptedDocumentException || e instanceof org.apache.poi.EncryptedDocumentException) {
                throw new QualRefusedException("qual.upload.encrypted");
            }
            throw new QualRefusedException("qual.upload.corrupt");
        }
    }

    /** Plain text is UTF-8 when it decodes as UTF-8 without a single error, otherwise the Cyrillic Windows code page. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, skip, bytes.length - skip, WINDOWS_1251);
        }
    }

    /** One newline per line break, no control characters, no trailing spaces, at most one empty line in a row. */
    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
        return unified.replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
