package kg.kozomol.qual.refi;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read with StAX, DTDs and external entities off (no XXE, no entity expansion bombs).
 * Names are local names: files from other tools differ in namespace prefixes.
 */
record XmlElement(String name, Map<String, String> attributes, StringBuilder text, List<XmlElement> children) {

    static XmlElement parse(InputStream in) throws RefiFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        XmlElement element = new XmlElement(xml.getLocalName(), attributes, new StringBuilder(),
                                new ArrayList<>());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text().append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new RefiFormatException(
                            RefiFormatException.Reason.BAD_XML, "DTDs and entities are not accepted");
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new RefiFormatException(RefiFormatException.Reason.BAD_XML, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new RefiFormatException(RefiFormatException.Reason.BAD_XML, e.getMessage(), e);
        }
    }

    String attribute(String attribute) {
        return attributes.get(attribute);
    }

    List<XmlElement> all(String childName) {
        return children.stream().filter(child -> child.name().equals(childName)).toList();
    }

    XmlElement first(String childName) {
        return children.stream().filter(child -> child.name().equals(childName)).findFirst().orElse(null);
    }

    /** The children of the first child called {@code wrapper} called {@code childName}: Codes/Code, Cases/Case. */
    List<XmlElement> within(String wrapper, String childName) {
        XmlElement list = first(wrapper);
        return list == null ? List.of() : list.all(childName);
    }

    String childText(String childName) {
        XmlElement child = first(childName);
        return child == null ? null : child.text().toString();
    }
}
