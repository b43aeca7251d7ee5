package kg.kozomol.collect.openrosa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.core.io.InputStreamSource;

/**
 * The parts of a {@code multipart/form-data} body already in memory (RFC 7578), as ODK Collect sends a submission, read
 * with Commons FileUpload's streaming parser: no temporary file, no container part objects. Small submissions, nearly
 * all of them, are read this way; Tomcat's parser (with temporary files for large parts) reads the rest.
 */
final class MultipartBody {

    /** One part: its form field name, the file name it was sent with (or null) and its content. */
    record Part(String name, String fileName, byte[] content) implements InputStreamSource {

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        int length() {
            return content.length;
        }
    }

    /** The body is not multipart/form-data with this content type's boundary. */
    static final class MalformedException extends Exception {
        MalformedException(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private MultipartBody() {
    }

    /** Whether a content type is multipart/form-data with a boundary, which this reader needs. */
    static boolean readable(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && upload().getBoundary(contentType) != null;
    }

    static List<Part> parse(byte[] body, String contentType) throws MalformedException {
        List<Part> parts = new ArrayList<>();
        try {
            FileItemInputIterator items = upload().getItemIterator(new InMemory(body, contentType));
            while (items.hasNext()) {
                FileItemInput item = items.next();
                try (InputStream in = item.getInputStream()) {
                    byte[] content = in.readAllBytes();
                    if (item.getFieldName() != null) {
                        parts.add(new Part(item.getFieldName(), item.getName(), content));
                    }
                }
            }
        } catch (IOException e) { // FileUploadException too
            throw new MalformedException(e.getMessage(), e);
        }
        return parts;
    }

    private static JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload() {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        return upload;
    }

    private record InMemory(byte[] body, String contentType) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public long getContentLength() {
            return body.length;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }
}
