package kg.kozomol.collect.fill;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.SubmissionXml;
import kg.kozomol.collect.fill.FormLogic.Scope;

/**
 * The submission instance as ODK Collect writes it: the form's root element with its id and version, one element per
 * question in form order (a group's questions inside it, one element per repeat entry), irrelevant questions empty,
 * and {@code meta/instanceID}.
 */
public final class InstanceXml {

    private static final String JR = "http://openrosa.org/javarosa";
    private static final String ORX = "http://openrosa.org/xforms";

    /** The bytes stored and the same answers as the submission reader would give them. */
    public record Built(byte[] xml, SubmissionXml parsed) {
    }

    private final FormLogic logic;
    private final FillState state;
    private final List<SubmissionXml.Answer> answers = new ArrayList<>();
    private XMLStreamWriter xml;

    private InstanceXml(FormLogic logic, FillState state) {
        this.logic = logic;
        this.state = state;
    }

    public static Built build(FormLogic logic, FillState state) {
        return new InstanceXml(logic, state).write();
    }

    private Built write() {
        FormModel model = logic.model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(FormModel.ROOT);
            xml.writeNamespace("jr", JR);
            xml.writeNamespace("orx", ORX);
            xml.writeAttribute("id", model.formId());
            if (model.version() != null) {
                xml.writeAttribute("version", model.version());
            }
            nodes(model.questions(), Scope.TOP, "/" + FormModel.ROOT, true);
            xml.writeStartElement("meta");
            leaf("instanceID", "/" + FormModel.ROOT + "/meta/instanceID", state.instanceId());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an instance to memory cannot fail", e);
        }
        return new Built(out.toByteArray(), new SubmissionXml(model.formId(), model.version(), state.instanceId(), null, answers));
    }

    private void nodes(List<Question> questions, Scope scope, String parent, boolean relevant) throws XMLStreamException {
        for (Question q : questions) {
            boolean shown = relevant && logic.relevant(q, state, scope);
            String path = parent + "/" + q.name();
            if (q.type() == QuestionType.GROUP) {
                xml.writeStartElement(q.name());
                nodes(q.children(), scope, path, shown);
                xml.writeEndElement();
            } else if (q.type() == QuestionType.REPEAT) {
                for (int i = 0; shown && i < state.entries(q.name()); i++) {
                    xml.writeStartElement(q.name());
                    nodes(q.children(), new Scope(q.name(), i), path, true);
                    xml.writeEndElement();
                }
            } else {
                leaf(q.name(), path, shown ? state.answer(scope.key(q.name())) : "");
            }
        }
    }

    private void leaf(String name, String path, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            xml.writeEmptyElement(name);
        } else {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
        answers.add(new SubmissionXml.Answer(path, value));
    }

}
