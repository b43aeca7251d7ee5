package kg.kozomol.collect.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.XlsFormFixture;
import kg.kozomol.collect.review.StoredAnswers;
import kg.kozomol.collect.xlsform.XlsForms;

/**
 * The submission XML written as text is byte for byte what the JDK's XMLStreamWriter writes for the same row, and the
 * stored answers written with it are byte for byte what reading that XML gives.
 */
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
            InstanceXml.Built built = new InstanceXml(model).build("uuid:" + value, row);
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
        assertThat(new InstanceXml(odd).build("uuid:1", row).xml()).isEqualTo(jdk(odd, "uuid:1", row));
    }

    @Test
    void theStoredAnswersWrittenWithTheXmlAreTheOnesReadFromIt() throws Exception {
        List<String> values = new ArrayList<>(AWKWARD);
        values.addAll(List.of("  padded  ", "\t\n tabbed and broken \n", "two\nlines", "windows\r\nlines", "old mac\rline",
                "\u00A0non-breaking\u00A0", "\u2028separated\u2029", "\u0085next line", "\u007Fdelete", "\uFFFE", "\uFFFF",
                "lone \uD800 surrogate", "Кыргызча: өңүү", "<a></a>", "1 2  3", " ", "&#13;", "uuid:x"));
        Random random = new Random(20261126);
        int written = 0;
        for (FormModel form : List.of(model, repeatOnlyGroups())) {
            InstanceXml instances = new InstanceXml(form);
            for (int i = 0; i < 2000; i++) {
                InstanceXml.Entry row = randomEntry(form.questions(), values, random, 0);
                String instanceId = random.nextInt(10) == 0 ? pick(values, random) : "uuid:" + i;
                InstanceXml.Built built = instances.build(instanceId, row);
                String xml = new String(built.xml(), StandardCharsets.UTF_8);
                // The JDK's writer pairs a lone surrogate with the next character; String.getBytes writes "?".
                if (built.parsed().answers().stream().noneMatch(a -> loneSurrogate(a.value()))) {
                    assertThat(built.xml()).as(xml).isEqualTo(jdk(form, instanceId, row));
                }
                byte[] read;
                try {
                    read = StoredAnswers.encode(built.xml());
                } catch (IllegalArgumentException e) {
                    // A character XML forbids: no reader takes the XML, so the import stops there as it did.
                    assertThat(built.written()).as(xml).isNull();
                    assertThatThrownBy(built::answers).as(xml).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                assertThat(built.answers()).as(xml).isEqualTo(read);
                written += built.written() == null ? 0 : 1;
            }
        }
        assertThat(written).as("rows whose stored answers were written with the XML").isGreaterThan(1000);
    }

    private static InstanceXml.Entry randomEntry(List<Question> questions, List<String> values, Random random, int depth) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, List<InstanceXml.Entry>> repeats = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.REPEAT) {
                List<InstanceXml.Entry> entries = new ArrayList<>();
                for (int n = random.nextInt(depth == 0 ? 4 : 2); n > 0; n--) {
                    entries.add(randomEntry(q.children(), values, random, depth + 1));
                }
                repeats.put(q.path(), entries);
            } else if (q.type() == QuestionType.GROUP) {
                InstanceXml.Entry inner = randomEntry(q.children(), values, random, depth);
                answers.putAll(inner.answers());
                repeats.putAll(inner.repeats());
            } else if (random.nextInt(5) > 0) {
                answers.put(q.path(), random.nextBoolean() ? pick(values, random) : pick(values, random) + pick(values, random));
            }
        }
        return new InstanceXml.Entry(answers, repeats);
    }

    private static boolean loneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Groups holding only a repeat (written {@code <g></g>} without entries), nested repeats and Cyrillic names. */
    private static FormModel repeatOnlyGroups() {
        XlsFormFixture f = new XlsFormFixture();
        f.sheet("survey", "type", "name", "label::Russian (ru)");
        f.row("survey", "begin group", "здание", "Здание");
        f.row("survey", "begin repeat", "этаж", "Этаж");
        f.row("survey", "integer", "номер", "Номер");
        f.row("survey", "begin repeat", "room", "Кабинет");
        f.row("survey", "text", "room_name", "Название");
        f.row("survey", "end repeat");
        f.row("survey", "end repeat");
        f.row("survey", "end group");
        f.row("survey", "begin group", "empty", "Пусто");
        f.row("survey", "begin repeat", "never", "Никогда");
        f.row("survey", "text", "x", "X");
        f.row("survey", "end repeat");
        f.row("survey", "end group");
        f.row("survey", "text", "school", "Школа");
        f.sheet("settings", "form_id", "form_title", "version");
        f.row("settings", "xml_nested", "Здания", "3");
        return XlsForms.read(f.bytes(), "data", "0").model();
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
