package kg.kozomol.qual.refi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes codebooks (.qdc) and projects (.qdpx, or just their {@code project.qde}) in REFI-QDA 1.5. */
public final class RefiWriter {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES = "sources/";
    static final String INTERNAL = "internal://";

    private RefiWriter() {
    }

    public static void writeCodebook(RefiCodebook codebook, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("CodeBook");
            xml.writeDefaultNamespace(CODEBOOK_NS);
            attribute(xml, "origin", codebook.origin());
            writeCodes(xml, codebook.codes(), Map.of());
            xml.writeEndElement();
        });
    }

    /** A .qdpx: {@code project.qde} and each source's text as {@code sources/<guid>.txt} in UTF-8. */
    public static void writeQdpx(RefiProject project, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
        // The XML writer hands over a few bytes at a time; the deflater is only quick on large blocks.
        BufferedOutputStream buffered = new BufferedOutputStream(zip, 1 << 16);
        writeProjectXml(project, buffered);
        buffered.flush();
        zip.closeEntry();
        for (RefiSource source : project.sources()) {
            zip.putNextEntry(new ZipEntry(SOURCES + source.guid() + ".txt"));
            zip.write(source.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    public static void writeProjectXml(RefiProject project, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("Project");
            xml.writeDefaultNamespace(PROJECT_NS);
            attribute(xml, "name", project.name());
            attribute(xml, "origin", project.origin());
            if (!project.users().isEmpty()) {
                xml.writeStartElement("Users");
                for (RefiUser user : project.users()) {
                    xml.writeEmptyElement("User");
                    attribute(xml, "guid", user.guid());
                    attribute(xml, "name", user.name());
                }
                xml.writeEndElement();
            }
            Map<String, List<String>> notesOf = project.notes().stream().collect(Collectors.groupingBy(
                    note -> Objects.toString(note.targetGuid(), ""), Collectors.mapping(RefiNote::guid, Collectors.toList())));
            if (project.codebook() != null && !project.codebook().codes().isEmpty()) {
                xml.writeStartElement("CodeBook");
                writeCodes(xml, project.codebook().codes(), notesOf);
                xml.writeEndElement();
            }
            writeVariables(xml, project.variables());
            writeCases(xml, project.cases());
            writeSources(xml, project.sources(), notesOf);
            writeNotes(xml, project.notes());
            noteRefs(xml, notesOf.get(""));
            xml.writeEndElement();
        });
    }

    private static void writeVariables(XMLStreamWriter xml, List<RefiVariable> variables) throws XMLStreamException {
        if (variables.isEmpty()) {
            return;
        }
        xml.writeStartElement("Variables");
        for (RefiVariable variable : variables) {
            xml.writeEmptyElement("Variable");
            attribute(xml, "guid", variable.guid());
            attribute(xml, "name", variable.name());
            attribute(xml, "typeOfVariable", "Text");
        }
        xml.writeEndElement();
    }

    private static void writeCases(XMLStreamWriter xml, List<RefiCase> cases) throws XMLStreamException {
        if (cases.isEmpty()) {
            return;
        }
        xml.writeStartElement("Cases");
        for (RefiCase refiCase : cases) {
            xml.writeStartElement("Case");
            attribute(xml, "guid", refiCase.guid());
            attribute(xml, "name", refiCase.name());
            description(xml, refiCase.description());
            for (RefiVariableValue value : refiCase.values()) {
                xml.writeStartElement("VariableValue");
                xml.writeEmptyElement("VariableRef");
                attribute(xml, "targetGUID", value.variableGuid());
                xml.writeStartElement("TextValue");
                xml.writeCharacters(value.text());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            for (String source : refiCase.sourceGuids()) {
                xml.writeEmptyElement("SourceRef");
                attribute(xml, "targetGUID", source);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeSources(XMLStreamWriter xml, List<RefiSource> sources, Map<String, List<String>> notesOf)
            throws XMLStreamException {
        if (sources.isEmpty()) {
            return;
        }
        xml.writeStartElement("Sources");
        for (RefiSource source : sources) {
            CodePointIndex index = CodePointIndex.of(source.text());
            xml.writeStartElement("TextSource");
            attribute(xml, "guid", source.guid());
            attribute(xml, "name", source.name());
            attribute(xml, "plainTextPath", INTERNAL + source.guid() + ".txt");
            for (RefiSelection selection : source.selections()) {
                xml.writeStartElement("PlainTextSelection");
                attribute(xml, "guid", selection.guid());
                attribute(xml, "name", selection.name());
                // The standard counts Unicode code points; Java strings count UTF-16 chars.
                attribute(xml, "startPosition", String.valueOf(index.codePoint(selection.start())));
                attribute(xml, "endPosition", String.valueOf(index.codePoint(selection.end())));
                attribute(xml, "creatingUser", selection.userGuid());
                for (RefiCoding coding : selection.codings()) {
                    xml.writeStartElement("Coding");
                    attribute(xml, "guid", coding.guid());
                    attribute(xml, "creatingUser", coding.userGuid());
                    xml.writeEmptyElement("CodeRef");
                    attribute(xml, "targetGUID", coding.codeGuid());
                    xml.writeEndElement();
                }
                noteRefs(xml, notesOf.get(selection.guid()));
                xml.writeEndElement();
            }
            noteRefs(xml, notesOf.get(source.guid()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Notes are text sources of their own, their text inline. */
    private static void writeNotes(XMLStreamWriter xml, List<RefiNote> notes) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        xml.writeStartElement("Notes");
        for (RefiNote note : notes) {
            xml.writeStartElement("Note");
            attribute(xml, "guid", note.guid());
            attribute(xml, "name", note.name());
            attribute(xml, "creatingUser", note.userGuid());
            xml.writeStartElement("PlainTextContent");
            xml.writeCharacters(note.text());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void noteRefs(XMLStreamWriter xml, List<String> notes) throws XMLStreamException {
        for (String note : notes == null ? List.<String>of() : notes) {
            xml.writeEmptyElement("NoteRef");
            attribute(xml, "targetGUID", note);
        }
    }

    private static void writeCodes(XMLStreamWriter xml, List<RefiCode> codes, Map<String, List<String>> notesOf)
            throws XMLStreamException {
        xml.writeStartElement("Codes");
        for (RefiCode code : codes) {
            writeCode(xml, code, notesOf);
        }
        xml.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter xml, RefiCode code, Map<String, List<String>> notesOf)
            throws XMLStreamException {
        xml.writeStartElement("Code");
        attribute(xml, "guid", code.guid());
        attribute(xml, "name", code.name());
        attribute(xml, "isCodable", "true");
        attribute(xml, "color", code.color());
        description(xml, code.description());
        noteRefs(xml, notesOf.get(code.guid()));
        for (RefiCode child : code.children()) {
            writeCode(xml, child, notesOf);
        }
        xml.writeEndElement();
    }

    private static void description(XMLStreamWriter xml, String description) throws XMLStreamException {
        if (description != null && !description.isEmpty()) {
            xml.writeStartElement("Description");
            xml.writeCharacters(description);
            xml.writeEndElement();
        }
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
