package kg.kozomol.portal.opendata;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link AtomFeed} as XML with StAX, which escapes every text and attribute. */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private AtomWriter() {}

    static String xml(AtomFeed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.language());
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "updated", time(feed.updated()));
            link(xml, "self", "application/atom+xml", feed.self());
            link(xml, "alternate", "text/html", feed.alternate());
            xml.writeStartElement("rights");
            xml.writeCharacters(OpenLicence.NAME + " " + OpenLicence.URL);
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeCharacters("Kozomol");
            xml.writeEndElement();
            for (AtomFeed.Entry entry : feed.entries()) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", time(entry.updated()));
                link(xml, "alternate", "text/html", entry.link());
                xml.writeStartElement("author");
                text(xml, "name", entry.author());
                xml.writeEndElement();
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    text(xml, "summary", entry.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an Atom feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
