package kg.kozomol.collect.imports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.ImportedSubmission;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.SubmissionXml;

/**
 * Writes one exported row as the submission XML a phone would have sent for it: the form's instance shape, each
 * answer at its node, one element per repeat entry, and {@code meta/instanceID}.
 */
final class InstanceXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    /** The answers of one row (or repeat entry) by question path, and its repeat entries by repeat path. */
    record Entry(Map<String, String> answers, Map<String, List<Entry>> repeats) {
    }

    private InstanceXml() {
    }

    static ImportedSubmission build(FormModel model, String instanceId, Entry row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<SubmissionXml.Answer> answers = new ArrayList<>();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(FormModel.ROOT);
            xml.writeAttribute("id", model.formId());
            if (model.version() != null) {
                xml.writeAttribute("version", model.version());
            }
            nodes(xml, model.questions(), row, answers);
            xml.writeStartElement("meta");
            leaf(xml, "instanceID", "/" + FormModel.ROOT + "/meta/instanceID", instanceId, answers);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return new ImportedSubmission(bytes.toByteArray(), new SubmissionXml(model.formId(), model.version(), instanceId, null, answers));
    }

    private static void nodes(XMLStreamWriter xml, List<Question> questions, Entry entry, List<SubmissionXml.Answer> answers)
            throws XMLStreamException {
        for (Question q : questions) {
            if (q.type() == QuestionType.REPEAT) {
                for (Entry repeated : entry.repeats().getOrDefault(q.path(), List.of())) {
                    xml.writeStartElement(q.name());
                    nodes(xml, q.children(), repeated, answers);
                    xml.writeEndElement();
                }
            } else if (q.type() == QuestionType.GROUP) {
                xml.writeStartElement(q.name());
                nodes(xml, q.children(), entry, answers);
                xml.writeEndElement();
            } else {
                leaf(xml, q.name(), q.path(), entry.answers().getOrDefault(q.path(), ""), answers);
            }
        }
    }

    private static void leaf(XMLStreamWriter xml, String name, String path, String value, List<SubmissionXml.Answer> answers)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
        answers.add(new SubmissionXml.Answer(path, value));
    }
}
