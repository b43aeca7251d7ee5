package kg.kozomol.collect.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.kozomol.collect.FormModel;
import kg.kozomol.collect.Question;
import kg.kozomol.collect.QuestionType;
import kg.kozomol.collect.SubmissionXml;
import kg.kozomol.collect.review.StoredAnswers;

/**
 * Writes one exported row as the submission XML a phone would have sent for it: the form's instance shape, each
 * answer at its node, one element per repeat entry, and {@code meta/instanceID}. Written as text, byte for byte what
 * the JDK's XMLStreamWriter wrote before (the same declaration, escapes and {@code <a></a>} for an empty answer, so
 * the md5 of a re-imported row is unchanged), at a fraction of its cost per row. Its stored answers are written
 * alongside rather than read back from the XML, unless the XML holds something a reader would give back otherwise
 * (a carriage return, a control character, a name a reader refuses): then the XML is read, as for any submission.
 */
final class InstanceXml {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** The answers of one row (or repeat entry) by question path, and its repeat entries by repeat path. */
    record Entry(Map<String, String> answers, Map<String, List<Entry>> repeats) {
    }

    /** The XML, what it says as {@link SubmissionXml} would read it back, and its stored answers if written with it. */
    record Built(byte[] xml, SubmissionXml parsed, byte[] written) {

        /** The stored answers: read from the XML when they could not be written with it. */
        byte[] answers() {
            return written != null ? written : StoredAnswers.encode(xml);
        }
    }

    private final FormModel model;
    /** Reused from row to row. */
    private final StoredAnswers.Encoder answers = new StoredAnswers.Encoder(256);
    /** Whether the form's element names and root attributes read back as written, tried once on an empty row. */
    private final boolean namesReadBack;

    InstanceXml(FormModel model) {
        this.model = model;
        Row empty = new Row(answers, true);
        write(empty, "", skeleton(model.questions()));
        boolean same;
        try {
            same = Arrays.equals(empty.answers.bytes(), StoredAnswers.encode(empty.xml()));
        } catch (IllegalArgumentException e) {
            same = false;
        }
        namesReadBack = same;
    }

    Built build(String instanceId, Entry row) {
        Row out = new Row(answers, namesReadBack);
        write(out, instanceId, row);
        byte[] xml = out.xml();
        return new Built(xml, new SubmissionXml(model.formId(), model.version(), instanceId, null, out.parsed),
                out.direct ? out.answers.bytes() : null);
    }

    /** One row being written: its XML text, its answers, and its stored answers while they can be written directly. */
    private static final class Row {
        final StringBuilder xml = new StringBuilder(1024).append(DECLARATION);
        final List<SubmissionXml.Answer> parsed = new ArrayList<>();
        final StoredAnswers.Encoder answers;
        boolean direct;

        Row(StoredAnswers.Encoder answers, boolean direct) {
            this.answers = answers;
            this.direct = direct;
            answers.reset();
        }

        void start(String name) {
            xml.append('<').append(name).append('>');
            if (direct) {
                answers.start(name);
            }
        }

        void end(String name) {
            xml.append("</").append(name).append('>');
            if (direct) {
                answers.end("");
            }
        }

        void leaf(String name, String path, String value) {
            xml.append('<').append(name).append('>');
            escape(xml, value, false);
            xml.append("</").append(name).append('>');
            parsed.add(new SubmissionXml.Answer(path, value));
            direct &= readsBack(value);
            if (direct) {
                answers.start(name);
                answers.end(value);
            }
        }

        byte[] xml() {
            return xml.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private void write(Row out, String instanceId, Entry row) {
        out.xml.append('<').append(FormModel.ROOT);
        attribute(out, "id", model.formId());
        if (model.version() != null) {
            attribute(out, "version", model.version());
        }
        out.xml.append('>');
        if (out.direct) {
            out.answers.start(FormModel.ROOT);
        }
        nodes(out, model.questions(), row);
        out.start("meta");
        out.leaf("instanceID", "/" + FormModel.ROOT + "/meta/instanceID", instanceId);
        out.end("meta");
        out.end(FormModel.ROOT);
    }

    private static void nodes(Row out, List<Question> questions, Entry entry) {
        for (Question q : questions) {
            if (q.type() == QuestionType.REPEAT) {
                for (Entry repeated : entry.repeats().getOrDefault(q.path(), List.of())) {
                    out.start(q.name());
                    nodes(out, q.children(), repeated);
                    out.end(q.name());
                }
            } else if (q.type() == QuestionType.GROUP) {
                out.start(q.name());
                nodes(out, q.children(), entry);
                out.end(q.name());
            } else {
                out.leaf(q.name(), q.path(), entry.answers().getOrDefault(q.path(), ""));
            }
        }
    }

    /** A row with no answers and one entry in every repeat, so that every element name of the form is written. */
    private static Entry skeleton(List<Question> questions) {
        Map<String, List<Entry>> repeats = new HashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.REPEAT) {
                repeats.put(q.path(), List.of(skeleton(q.children())));
            } else if (q.type() == QuestionType.GROUP) {
                repeats.putAll(skeleton(q.children()).repeats());
            }
        }
        return new Entry(Map.of(), repeats);
    }

    private static void attribute(Row out, String name, String value) {
        out.xml.append(' ').append(name).append("=\"");
        escape(out.xml, value, true);
        out.xml.append('"');
        out.direct &= readsBack(value);
    }

    /**
     * Whether a reader gives the text back as written: no carriage return (read as a line feed) and no character XML
     * 1.0 forbids (the reader refuses it), so none below a space but tab and line feed, and neither U+FFFE nor U+FFFF.
     */
    static boolean readsBack(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\t' && c != '\n' : c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    /** The escapes the JDK's writer makes: {@code & < >} always, {@code "} in attributes. */
    static void escape(StringBuilder xml, String value, boolean attribute) {
        if (plain(value, attribute)) {
            xml.append(value); // most values: appended whole rather than char by char
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append(attribute ? "&quot;" : "\"");
                default -> xml.append(c);
            }
        }
    }

    private static boolean plain(String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' && attribute) {
                return false;
            }
        }
        return true;
    }
}
