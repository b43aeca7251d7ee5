package kg.kozomol.collect.openrosa;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** OpenRosa answers: the version and date headers on every response, and {@code <OpenRosaResponse>} messages. */
final class OpenRosaResponses {

    static final String VERSION_HEADER = "X-OpenRosa-Version";
    static final String ACCEPT_LENGTH_HEADER = "X-OpenRosa-Accept-Content-Length";
    private static final String XML_TYPE = "text/xml;charset=utf-8";
    static final MediaType XML = MediaType.parseMediaType(XML_TYPE);
    private static final String RESPONSE_NS = "http://openrosa.org/http/response";
    /** Found once: looking the factory up scans the class path, which cost more than a submission's XML parsing. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    /**
     * The answers to submissions, written once: there are a few (received, resend, waiting for n files, in each language),
     * and writing one with StAX cost more than the rest of the answer.
     */
    private static final Map<Sent, byte[]> SENT = new ConcurrentHashMap<>();
    private static final int MAX_SENT = 1000;
    private static volatile Stamp date = new Stamp(0, "");

    private OpenRosaResponses() {
    }

    static ResponseEntity.BodyBuilder status(HttpStatus status) {
        return ResponseEntity.status(status).header(VERSION_HEADER, "1.0").header(HttpHeaders.DATE, now());
    }

    static ResponseEntity<byte[]> message(HttpStatus status, String message) {
        return status(status).contentType(XML).body(messageBody(status, message));
    }

    /**
     * The same message written straight to the response, for the answer to every submission: Spring's conversion of a
     * response entity (negotiation, header merging, media type parsing) cost a phone's submission a tenth of its CPU.
     */
    static void send(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        byte[] body = SENT.size() < MAX_SENT ? SENT.computeIfAbsent(new Sent(status, message), m -> messageBody(status, message))
                : messageBody(status, message);
        response.setStatus(status.value());
        response.setHeader(VERSION_HEADER, "1.0");
        response.setHeader(HttpHeaders.DATE, now());
        response.setContentType(XML_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The Date header, formatted once a second rather than for every answer. */
    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = date;
        if (stamp.second() != second) {
            stamp = new Stamp(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC)));
            date = stamp;
        }
        return stamp.text();
    }

    private record Stamp(long second, String text) {
    }

    private record Sent(HttpStatus status, String message) {
    }

    private static byte[] messageBody(HttpStatus status, String message) {
        return xml(writer -> {
            writer.setDefaultNamespace(RESPONSE_NS);
            writer.writeStartElement(RESPONSE_NS, "OpenRosaResponse");
            writer.writeDefaultNamespace(RESPONSE_NS);
            writer.writeStartElement(RESPONSE_NS, "message");
            writer.writeAttribute("nature", status.is2xxSuccessful() ? "submit_success" : "error");
            writer.writeCharacters(message);
            writer.writeEndElement();
            writer.writeEndElement();
        });
    }

    /** The content of a document, written to a StAX writer. */
    interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    /** Writes a small XML document to memory. */
    static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
