package kg.kozomol.collect.openrosa;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kg.kozomol.collect.SubmissionRefusedException;
import kg.kozomol.collect.SubmissionXml;
import kg.kozomol.collect.review.StoredAnswers;
import kg.kozomol.platform.SafeXml;

/**
 * Reads submission XML with StAX. DTDs are refused outright: no external entity is ever fetched and no entity is
 * expanded, so XXE and "billion laughs" documents are rejected before any of their content is read.
 */
public final class SubmissionReader {

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();
    private static final int MAX_DEPTH = 64;

    private SubmissionReader() {
    }


    /** What a submission says, and its stored answers ({@link StoredAnswers}) made in the same pass over its XML. */
    public record Read(SubmissionXml parsed, byte[] answers) {
    }

    public static SubmissionXml read(byte[] xml) throws SubmissionRefusedException {
        return read(xml, null);
    }

    public static Read readWithAnswers(byte[] xml) throws SubmissionRefusedException {
        StoredAnswers.Encoder answers = new StoredAnswers.Encoder(xml.length);
        return new Read(read(xml, answers), answers.bytes());
    }

    private static SubmissionXml read(byte[] xml, StoredAnswers.Encoder stored) throws SubmissionRefusedException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            String formId = null;
            String version = null;
            String instanceId = null;
            String deprecatedId = null;
            List<SubmissionXml.Answer> answers = new ArrayList<>();
            Deque<String> path = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            boolean leaf = false;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw SubmissionRefusedException.badRequest("collect.openrosa.dtd");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (path.isEmpty()) {
                            formId = reader.getAttributeValue(null, "id");
                            version = reader.getAttributeValue(null, "version");
                        }
                        path.addLast(reader.getLocalName());
                        if (stored != null) {
                            stored.start(reader.getLocalName());
                        }
                        if (path.size() > MAX_DEPTH) {
                            throw SubmissionRefusedException.badRequest("collect.openrosa.malformed");
                        }
                        text.setLength(0);
                        leaf = true;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String at = "/" + String.join("/", path);
                        if (leaf) {
                            String value = text.toString().strip();
                            answers.add(new SubmissionXml.Answer(at, value));
                            String parent = path.size() >= 2 ? new ArrayList<>(path).get(path.size() - 2) : "";
                            if (parent.equals("meta") && reader.getLocalName().equals("instanceID")) {
                                instanceId = value;
                            } else if (parent.equals("meta") && reader.getLocalName().equals("deprecatedID")) {
                                deprecatedId = value;
                            }
                        }
                        if (stored != null) {
                            stored.end(text);
                        }
                        path.removeLast();
                        leaf = false;
                        text.setLength(0);
                    }
                    default -> {
                    }
                }
            }
            if (formId == null || formId.isBlank()) {
                throw SubmissionRefusedException.badRequest("collect.openrosa.noFormId");
            }
            if (instanceId == null || instanceId.isBlank()) {
                throw SubmissionRefusedException.badRequest("collect.openrosa.noInstanceId");
            }
            return new SubmissionXml(formId, version, instanceId, blankToNull(deprecatedId), answers);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof SubmissionRefusedException refused) {
                throw refused;
            }
            throw SubmissionRefusedException.badRequest("collect.openrosa.malformed");
        } finally {
            close(reader);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the document is dropped either way
            }
        }
    }
}
