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
 * answer at its node, one element per repeat entry, and {@code meta/instanceID}. Written as UTF-8 straight away, byte
 * for byte what the JDK's XMLStreamWriter wrote before (the same declaration, escapes and {@code <a></a>} for an empty
 * answer, so the md5 of a re-imported row is unchanged), at a fraction of its cost per row. Its stored answers are
 * written alongside rather than read back from the XML, unless the XML holds something a reader would give back
 * otherwise (a carriage return, a control character, a name a reader refuses): then the XML is read, as for any
 * submission. One instance serves one import's rows in turn (it is not thread-safe).
 */
final class InstanceXml {

    private static final byte[] DECLARATION = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

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

    /**
     * An element of the instance with its tags as UTF-8 and its name as the stored answers' encoder knows it, worked out
     * once for the import rather than per row.
     */
    private record Node(StoredAnswers.Encoder.Name name, String path, QuestionType type, byte[] open, byte[] close,
            List<Node> children) {
    }

    private final FormModel model;
    /** Reused from row to row. */
    private final StoredAnswers.Encoder answers = new StoredAnswers.Encoder(256);
    /** The root element: its start tag carries the form id and version. */
    private final Node root;
    private final Node instanceIdNode = node("instanceID", "/" + FormModel.ROOT + "/meta/instanceID", QuestionType.TEXT, List.of());
    /** Whether the form's element names and root attributes read back as written, tried once on an empty row. */
    private final boolean namesReadBack;

    InstanceXml(FormModel model) {
        this.model = model;
        Bytes start = new Bytes(128);
        start.write(utf8("<" + FormModel.ROOT));
        attribute(start, "id", model.formId());
        if (model.version() != null) {
            attribute(start, "version", model.version());
        }
        start.write(utf8(">"));
        List<Node> children = new ArrayList<>(nodes(model.questions()));
        children.add(node("meta", null, QuestionType.GROUP, List.of(instanceIdNode)));
        root = new Node(answers.name(FormModel.ROOT), null, QuestionType.GROUP, start.toByteArray(),
                utf8("</" + FormModel.ROOT + ">"), List.copyOf(children));
        Row empty = new Row(true);
        empty.nodes(List.of(root), skeleton(model.questions()), "");
        boolean same;
        try {
            same = Arrays.equals(answers.bytes(), StoredAnswers.encode(empty.xml.toByteArray()));
        } catch (IllegalArgumentException e) {
            same = false;
        }
        namesReadBack = same;
    }

    Built build(String instanceId, Entry row) {
        Row out = new Row(namesReadBack);
        out.nodes(List.of(root), row, instanceId);
        byte[] xml = out.xml.toByteArray();
        return new Built(xml, new SubmissionXml(model.formId(), model.version(), instanceId, null, out.parsed),
                out.direct ? answers.bytes() : null);
    }

    private List<Node> nodes(List<Question> questions) {
        return questions.stream().map(q -> node(q.name(), q.path(), q.type(), nodes(q.children()))).toList();
    }

    private Node node(String name, String path, QuestionType type, List<Node> children) {
        return new Node(answers.name(name), path, type, utf8("<" + name + ">"), utf8("</" + name + ">"), children);
    }

    /** One row being written: its XML, its answers, and its stored answers while they can be written directly. */
    private final class Row {
        final Bytes xml = new Bytes(512);
        final List<SubmissionXml.Answer> parsed = new ArrayList<>();
        boolean direct;

        Row(boolean direct) {
            this.direct = direct;
            xml.write(DECLARATION);
            answers.reset();
        }

        void nodes(List<Node> nodes, Entry entry, String instanceId) {
            for (Node n : nodes) {
                if (n.type() == QuestionType.REPEAT) {
                    for (Entry repeated : entry.repeats().getOrDefault(n.path(), List.of())) {
                        container(n, repeated, instanceId);
                    }
                } else if (n.type() == QuestionType.GROUP) {
                    container(n, entry, instanceId);
                } else {
                    leaf(n, n == instanceIdNode ? instanceId : entry.answers().getOrDefault(n.path(), ""));
                }
            }
        }

        private void container(Node n, Entry entry, String instanceId) {
            xml.write(n.open());
            if (direct) {
                answers.start(n.name());
            }
            nodes(n.children(), entry, instanceId);
            xml.write(n.close());
            if (direct) {
                answers.end("");
            }
        }

        private void leaf(Node n, String value) {
            byte[] utf8 = utf8(value);
            xml.write(n.open());
            escape(xml, utf8, false);
            xml.write(n.close());
            parsed.add(new SubmissionXml.Answer(n.path(), value));
            direct &= readsBack(value);
            if (direct) {
                answers.start(n.name());
                String stripped = value.strip();
                // strip gives the value itself when there is nothing to strip: its UTF-8 is at hand
                answers.endStripped(stripped == value ? utf8 : utf8(stripped));
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

    private static void attribute(Bytes out, String name, String value) {
        out.write(utf8(" " + name + "=\""));
        escape(out, utf8(value), true);
        out.write(utf8("\""));
    }

    /**
     * Whether a reader gives the text back as written: no carriage return (read as a line feed) and no character XML
     * 1.0 forbids (the reader refuses it), so none below a space but tab and line feed, and neither U+FFFE nor U+FFFF.
     */
    private static boolean readsBack(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c != '\t' && c != '\n' : c >= '\uFFFE') {
                return false;
            }
        }
        return true;
    }

    private static final byte[] AMP = utf8("&amp;");
    private static final byte[] LT = utf8("&lt;");
    private static final byte[] GT = utf8("&gt;");
    private static final byte[] QUOT = utf8("&quot;");

    /**
     * The escapes the JDK's writer makes: {@code & < >} always, {@code "} in attributes. Made on the UTF-8, where these
     * ASCII bytes never occur inside another character's bytes.
     */
    private static void escape(Bytes xml, byte[] utf8, boolean attribute) {
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte[] entity = switch (utf8[i]) {
                case '&' -> AMP;
                case '<' -> LT;
                case '>' -> GT;
                case '"' -> attribute ? QUOT : null;
                default -> null;
            };
            if (entity != null) {
                xml.write(utf8, from, i - from);
                xml.write(entity);
                from = i + 1;
            }
        }
        xml.write(utf8, from, utf8.length - from);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A growing byte array, unsynchronised. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void write(byte[] more) {
            write(more, 0, more.length);
        }

        void write(byte[] more, int from, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(more, from, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
