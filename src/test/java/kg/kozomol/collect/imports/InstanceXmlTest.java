package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.collect.xlsform.XlsForms;

/** The submission XML written as text is byte for byte what the JDK's XMLStreamWriter writes for the same row. */
class InstanceXmlTest {

    static final List<String> AWKWARD = List.of("", "Школа № 5, Каракол", "a & b < c > d \"quoted\" 'single'", "]]>", "\r\n\ttabbed",
            "emoji 😀", "&amp; already escaped", "\u0001 control");

    final FormModel model = model();

    @Test
    void everyAwkwardValueIsWrittenAsTheJdkWriterWritesIt() throws Exception {
        for (String value : AWKWARD) {
            InstanceXml.Entry room = new InstanceXml.Entry(Map.of("/data/room/room_name", value), new LinkedHashMap<>());
            InstanceXml.Entry row = new InstanceXml.Entry(Map.of("/data/school", value, "/data/entrance/width", "90"),
                    new LinkedHashMap<>(Map.of("/data/room", List.of(room, room))));
            InstanceXml.Built built = InstanceXml.build(model, "uuid:" + value, row);
            assertThat(new String(built.xml(), StandardCharsets.UTF_8)).as(value)
                    .isEqualTo(new String(jdk(model, "uuid:" + value, row), StandardCharsets.UTF_8));
            assertThat(built.xml()).isEqualTo(jdk(model, "uuid:" + value, row));
            assertThat(built.parsed().answer("/data/school")).contains(value);
            assertThat(built.parsed().instanceId()).isEqualTo("uuid:" + value);
        }
    }

    @Test
    void aFormIdAndVersionNeedingEscapesAreEscapedInTheirAttributes() throws Exception {
        FormModel odd = new FormModel("a&\"b", model.title(), "1<2", model.defaultLanguage(), model.languages(), model.questions(),
                model.choices());
        InstanceXml.Entry row = new InstanceXml.Entry(Map.of(), Map.of());
        assertThat(InstanceXml.build(odd, "uuid:1", row).xml()).isEqualTo(jdk(odd, "uuid:1", row));
    }

    private static FormModel model() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "text", "school", "Школа");
        f.row("survey", "begin group", "entrance", "Вход");
        f.row("survey", "integer", "width", "Ширина");
        f.row("survey", "end group");
        f.row("survey", "begin repeat", "room", "Кабинет");
        f.row("survey", "text", "room_name", "Название");
        f.row("survey", "end repeat");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "xml_test", "Школы", "2026");
        return XlsForms.read(f.bytes(), "data", "0").model();
    }

    /** What the JDK's writer makes of a row: the reference the text writer must match. */
    private static byte[] jdk(FormModel model, String instanceId, InstanceXml.Entry row) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(FormModel.ROOT);
        xml.writeAttribute("id", model.formId());
        if (model.version() != null) {
            xml.writeAttribute("version", model.version());
        }
        write(xml, model.questions(), row);
        xml.writeStartElement("meta");
        xml.writeStartElement("instanceID");
        xml.writeCharacters(instanceId);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private static void write(XMLStreamWriter xml, List<Question> questions, InstanceXml.Entry entry) throws XMLStreamException {
        for (Question q : questions) {
            List<InstanceXml.Entry> entries = q.type() == QuestionType.REPEAT ? entry.repeats().getOrDefault(q.path(), List.of())
                    : q.type() == QuestionType.GROUP ? List.of(entry) : new ArrayList<>();
            for (InstanceXml.Entry inner : entries) {
                xml.writeStartElement(q.name());
                write(xml, q.children(), inner);
                xml.writeEndElement();
            }
            if (!q.type().isContainer()) {
                xml.writeStartElement(q.name());
                xml.writeCharacters(entry.answers().getOrDefault(q.path(), ""));
                xml.writeEndElement();
            }
        }
    }
}
