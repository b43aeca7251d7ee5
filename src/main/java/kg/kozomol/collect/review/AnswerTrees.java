package kg.kozomol.collect.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import kg.kozomol.collect.SubmissionXml;
import kg.kozomol.platform.SafeXml;

/**
 * Reads stored submission XML into a tree and writes a tree back. Stored XML was accepted by the OpenRosa reader, but
 * DTDs are refused here too: nothing is ever resolved or expanded.
 */
public final class AnswerTrees {

    private static final XMLInputFactory INPUT = SafeXml.inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private AnswerTrees() {
    }


    /** The root element with its attributes kept apart (the form id and version live there). */
    public record Document(AnswerNode root, Map<String, String> attributes) {
    }

    /**
     * A StAX reader over stored submission XML, for readers that walk the events themselves: they must still refuse
     * {@code DTD} and {@code ENTITY_REFERENCE} events as {@link #read} does.
     */
    public static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    public static Document read(byte[] xml) {
        try {
            XMLStreamReader reader = open(xml);
            try {
                Deque<Builder> open = new ArrayDeque<>();
                Map<String, String> attributes = new java.util.LinkedHashMap<>();
                AnswerNode root = null;
                while (reader.hasNext()) {
                    int event = reader.next();
                    switch (event) {
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                                throw new IllegalArgumentException("DTD in stored submission");
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (open.isEmpty()) {
                                for (int i = 0; i < reader.getAttributeCount(); i++) {
                                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                                }
                            }
                            open.push(new Builder(reader.getLocalName()));
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> open.peek().text.append(reader.getText());
                        case XMLStreamConstants.END_ELEMENT -> {
                            AnswerNode node = open.pop().build();
                            if (open.isEmpty()) {
                                root = node;
                            } else {
                                open.peek().children.add(node);
                            }
                        }
                        default -> {
                        }
                    }
                }
                return new Document(root, attributes);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("unreadable stored submission", e);
        }
    }

    /** The document's answers as the server's checks read them: each leaf's path from the root, in document order. */
    public static SubmissionXml answers(Document document) {
        List<SubmissionXml.Answer> answers = new ArrayList<>();
        addLeaves(document.root(), "/" + document.root().name(), answers);
        String instanceId = document.root().value(List.of("meta", "instanceID")).orElse(null);
        String deprecatedId = document.root().value(List.of("meta", "deprecatedID")).orElse(null);
        return new SubmissionXml(document.attributes().get("id"), document.attributes().get("version"), instanceId, deprecatedId,
                answers);
    }

    private static void addLeaves(AnswerNode node, String path, List<SubmissionXml.Answer> into) {
        for (AnswerNode child : node.children()) {
            String childPath = path + "/" + child.name();
            if (child.isLeaf()) {
                into.add(new SubmissionXml.Answer(childPath, child.value() == null ? "" : child.value()));
            } else {
                addLeaves(child, childPath, into);
            }
        }
    }

    public static byte[] write(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(document.root().name());
            for (Map.Entry<String, String> attribute : document.attributes().entrySet()) {
                writer.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            writeChildren(writer, document.root());
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void writeChildren(XMLStreamWriter writer, AnswerNode node) throws XMLStreamException {
        if (node.isLeaf()) {
            if (node.value() != null) {
                writer.writeCharacters(node.value());
            }
            return;
        }
        for (AnswerNode child : node.children()) {
            writer.writeStartElement(child.name());
            writeChildren(writer, child);
            writer.writeEndElement();
        }
    }

    private static final class Builder {
        final String name;
        final StringBuilder text = new StringBuilder();
        final List<AnswerNode> children = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        AnswerNode build() {
            return new AnswerNode(name, children.isEmpty() ? text.toString().strip() : null, children);
        }
    }
}
