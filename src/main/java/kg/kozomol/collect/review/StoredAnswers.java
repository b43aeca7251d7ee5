package kg.kozomol.collect.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A submission's element tree in a compact form of our own, stored beside its XML ({@code collect_submission.answers})
 * so that exports walk it without parsing the XML again. It holds what {@link AnswerTrees#read} makes of the XML and no
 * more: element names, and for each element without child elements its text stripped (attributes, comments and the
 * text around child elements are left out). Every writer of a submission's XML fills it through {@link #encode}, or
 * through an {@link Encoder} as it writes the XML.
 *
 * <p>Format: a version byte, then one varint per event: {@code 0} ends an element that had child elements; {@code 1}
 * ends an element without any, its text following (varint length, UTF-8); {@code 2} starts an element with a name not
 * met before in this submission (varint length, UTF-8), which takes the next name number; {@code 3 + n} starts an
 * element named like name number {@code n}.
 */
public final class StoredAnswers {

    /** What a walk over stored answers is told, in document order. */
    public interface Visitor {

        /** An element starts; returning false skips it and everything in it. */
        boolean start(String name);

        /** The element just started has no child elements: this is its text, and it ends here. */
        void leaf(String value);

        /** The innermost open element, which had child elements, ends. */
        void end();
    }

    private static final int VERSION = 1;
    private static final int END = 0;
    private static final int LEAF = 1;
    private static final int NEW_NAME = 2;
    private static final int NAMED = 3;
    private static final byte[] NO_TEXT = {};

    private StoredAnswers() {
    }

    /** The stored form of submission XML (read as {@link AnswerTrees#read} reads it: a DTD is refused). */
    public static byte[] encode(byte[] xml) {
        Encoder out = new Encoder(xml.length);
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = AnswerTrees.open(xml);
            try {
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                                throw new IllegalArgumentException("DTD in submission");
                        case XMLStreamConstants.START_ELEMENT -> {
                            out.start(reader.getLocalName());
                            text.setLength(0);
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                        case XMLStreamConstants.END_ELEMENT -> {
                            out.end(text);
                            text.setLength(0);
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("unreadable submission", e);
        }
        return out.bytes();
    }

    /**
     * Stored answers written element by element, by a writer of submission XML that knows its elements as it writes
     * them: the bytes {@link #encode} makes of the same XML, without reading it again. The caller must write what a
     * reader of its XML would give back: element names as written, and texts without a line break other than
     * {@code \n} (a reader turns {@code \r} into it) or a character XML 1.0 forbids. Not thread-safe.
     */
    public static final class Encoder {
        private final Output out;
        /** The names met, kept from one submission to the next (numbered afresh in each, their UTF-8 kept). */
        private final Map<String, Name> names = new HashMap<>();
        /** Which submission since the encoder was made, and how many names it has met. */
        private int submission;
        private int nameCount;
        /** Per open element: whether a child element started in it. */
        private boolean[] parent = new boolean[16];
        private int depth;

        /** @param capacity the bytes to start with (it grows) */
        public Encoder(int capacity) {
            out = new Output(capacity);
            out.varint(VERSION);
        }

        /** Starts over for another submission, keeping what was allocated. */
        public void reset() {
            out.clear();
            out.varint(VERSION);
            submission++;
            nameCount = 0;
            depth = 0;
        }

        /** An element starts inside the innermost open one. */
        public void start(String name) {
            start(name(name));
        }

        /** The name, to start elements with again and again without looking it up each time. */
        public Name name(String name) {
            return names.computeIfAbsent(name, Name::new);
        }

        /** An element starts inside the innermost open one; {@code known} is from this encoder's {@link #name}. */
        public void start(Name known) {
            if (known.submission != submission) {
                known.submission = submission;
                known.number = nameCount++;
                out.varint(NEW_NAME);
                out.utf8(known.utf8);
            } else {
                out.varint(NAMED + known.number);
            }
            if (depth > 0) {
                parent[depth - 1] = true;
            }
            if (depth == parent.length) {
                parent = Arrays.copyOf(parent, depth * 2);
            }
            parent[depth++] = false;
        }

        /**
         * The innermost open element ends; {@code text} is the text it holds, kept (stripped) when it had no child
         * elements and left out when it had.
         */
        public void end(CharSequence text) {
            endStripped(parent[depth - 1] ? NO_TEXT : text.toString().strip().getBytes(StandardCharsets.UTF_8));
        }

        /** As {@link #end(CharSequence)} with the text stripped already, as UTF-8. */
        public void endStripped(byte[] utf8) {
            if (parent[--depth]) {
                out.varint(END);
            } else {
                out.varint(LEAF);
                out.utf8(utf8);
            }
        }

        public byte[] bytes() {
            return out.bytes();
        }

        /** An element name as an encoder knows it: its UTF-8, and its number in the submission being written. */
        public static final class Name {
            private final byte[] utf8;
            private int submission = -1;
            private int number;

            private Name(String name) {
                utf8 = name.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Walks stored answers; the visitor may skip elements it has no use for, whose text is then never decoded. */
    public static void walk(byte[] stored, Visitor visitor) {
        walk(stored, visitor, new Names());
    }

    /** The same, reusing the names met in earlier walks with the same {@code names}. */
    public static void walk(byte[] stored, Visitor visitor, Names names) {
        new Input(stored, names).walk(visitor);
    }

    /**
     * Element names decoded in earlier walks, by name number: the submissions of one form name their elements alike, in
     * the same order, so a name is decoded (and hashed) once, not once per submission. Not thread-safe.
     */
    public static final class Names {
        private byte[][] utf8 = new byte[64][];
        private String[] text = new String[64];

        /** The name with this number whose UTF-8 is {@code length} bytes at {@code at}, decoded afresh if new. */
        String name(int number, byte[] bytes, int at, int length) {
            if (number >= utf8.length) {
                utf8 = Arrays.copyOf(utf8, Math.max(number + 1, utf8.length * 2));
                text = Arrays.copyOf(text, utf8.length);
            }
            byte[] known = utf8[number];
            if (known == null || !Arrays.equals(known, 0, known.length, bytes, at, at + length)) {
                utf8[number] = Arrays.copyOfRange(bytes, at, at + length);
                text[number] = new String(bytes, at, length, StandardCharsets.UTF_8);
            }
            return text[number];
        }
    }

    /** The root element as {@link AnswerTrees#read} builds it from the XML. */
    public static AnswerNode tree(byte[] stored) {
        Deque<List<AnswerNode>> children = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        List<AnswerNode> root = new ArrayList<>(1);
        children.push(root);
        walk(stored, new Visitor() {
            @Override
            public boolean start(String name) {
                names.push(name);
                children.push(new ArrayList<>());
                return true;
            }

            @Override
            public void leaf(String value) {
                children.pop();
                children.peek().add(new AnswerNode(names.pop(), value, List.of()));
            }

            @Override
            public void end() {
                List<AnswerNode> own = children.pop();
                children.peek().add(new AnswerNode(names.pop(), null, own));
            }
        });
        return root.get(0);
    }

    private static final class Output {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[Math.max(capacity, 16)];
        }

        void varint(int value) {
            ensure(5);
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void utf8(byte[] utf8) {
            varint(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void clear() {
            size = 0;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static final class Input {
        private final byte[] bytes;
        private final Names names;
        private int at;
        /** Per name number: where its UTF-8 starts and how long it is, and the name once looked up. */
        private int[] nameAt = new int[64];
        private int[] nameLength = new int[64];
        private String[] nameText = new String[64];
        private int nameCount;

        Input(byte[] bytes, Names names) {
            this.bytes = bytes;
            this.names = names;
        }

        void walk(Visitor visitor) {
            if (bytes.length == 0 || varint() != VERSION) {
                throw new IllegalArgumentException("stored answers of an unknown version");
            }
            int skipping = 0; // depth inside a skipped element, 0 when not skipping
            while (at < bytes.length) {
                int event = varint();
                if (event == END) {
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        visitor.end();
                    }
                } else if (event == LEAF) {
                    int length = varint();
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        visitor.leaf(new String(bytes, at, length, StandardCharsets.UTF_8));
                    }
                    at += length;
                } else {
                    int number = event == NEW_NAME ? newName() : event - NAMED;
                    if (skipping > 0) {
                        skipping++;
                    } else if (!visitor.start(name(number))) {
                        skipping = 1;
                    }
                }
            }
        }

        private int newName() {
            int length = varint();
            if (nameCount == nameAt.length) {
                nameAt = Arrays.copyOf(nameAt, nameCount * 2);
                nameLength = Arrays.copyOf(nameLength, nameCount * 2);
                nameText = Arrays.copyOf(nameText, nameCount * 2);
            }
            nameAt[nameCount] = at;
            nameLength[nameCount] = length;
            at += length;
            return nameCount++;
        }

        private String name(int number) {
            if (number >= nameCount) {
                throw new IllegalArgumentException("stored answers name an unknown element");
            }
            String name = nameText[number];
            if (name == null) {
                name = names.name(number, bytes, nameAt[number], nameLength[number]);
                nameText[number] = name;
            }
            return name;
        }

        private int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("stored answers hold a malformed number");
        }
    }
}
