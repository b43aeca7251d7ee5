package kg.kozomol.collect.export;

import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kg.kozomol.collect.review.AnswerTrees;
import kg.kozomol.collect.review.StoredAnswers;

/**
 * Reads the answers at a set of paths from a submission in one pass, with no tree in between: each leaf's text goes
 * straight into its path's slot. The pass goes over its {@link StoredAnswers} where the submission has them (elements
 * no path leads to are skipped unread), else over the StAX events of its XML. The answers are those of
 * {@link kg.kozomol.collect.review.AnswerNode#value}: the first element of each name on the way down, a leaf's text
 * stripped, nothing ({@code null}) for a missing element or one with child elements. Not thread-safe: one per export pass.
 */
public final class AnswerExtractor {

    private final AnswerPaths paths;
    /** Per node: the document in which it was first entered; later elements of the same name are skipped. */
    private final int[] entered;
    private final StoredAnswers.Names names = new StoredAnswers.Names();
    private int document;
    private AnswerPaths.Node[] open = new AnswerPaths.Node[16];
    private boolean[] hasChildren = new boolean[16];

    AnswerExtractor(AnswerPaths paths) {
        this.paths = paths;
        this.entered = new int[paths.nodeCount()];
    }

    /** Reads these paths (element names below the root), each answer at its path's index. */
    public static AnswerExtractor of(List<List<String>> paths) {
        AnswerPaths tree = new AnswerPaths();
        paths.forEach(tree::slot);
        return new AnswerExtractor(tree);
    }

    /** The answers of a submission, from its stored answers where it has them, else from its XML. */
    public String[] read(byte[] stored, byte[] xml) {
        return stored != null ? readStored(stored) : read(xml);
    }

    String[] readStored(byte[] stored) {
        String[] values = new String[paths.paths().size()];
        document++;
        StoredAnswers.walk(stored, new StoredAnswers.Visitor() {
            private int depth;

            @Override
            public boolean start(String name) {
                AnswerPaths.Node node = depth == 0 ? paths.root() : enter(open[depth - 1], name);
                if (node == null) {
                    return false;
                }
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    hasChildren = Arrays.copyOf(hasChildren, depth * 2);
                }
                open[depth++] = node;
                return true;
            }

            @Override
            public void leaf(String value) {
                AnswerPaths.Node node = open[--depth];
                if (node.slot() >= 0) {
                    values[node.slot()] = value;
                }
            }

            @Override
            public void end() {
                depth--;
            }
        }, names);
        return values;
    }

    String[] read(byte[] xml) {
        String[] values = new String[paths.paths().size()];
        document++;
        try {
            XMLStreamReader reader = AnswerTrees.open(xml);
            try {
                walk(reader, values);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("unreadable stored submission", e);
        }
        return values;
    }

    private void walk(XMLStreamReader reader, String[] values) throws XMLStreamException {
        int depth = 0;
        String text = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new IllegalArgumentException("DTD in stored submission");
                case XMLStreamConstants.START_ELEMENT -> {
                    AnswerPaths.Node node = depth == 0 ? paths.root() : enter(open[depth - 1], reader.getLocalName());
                    if (depth > 0) {
                        hasChildren[depth - 1] = true;
                    }
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                        hasChildren = Arrays.copyOf(hasChildren, depth * 2);
                    }
                    open[depth] = node;
                    hasChildren[depth] = false;
                    depth++;
                    text = null;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    AnswerPaths.Node node = open[depth - 1];
                    if (node != null && node.slot() >= 0) {
                        text = text == null ? reader.getText() : text + reader.getText();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    AnswerPaths.Node node = open[--depth];
                    if (node != null && node.slot() >= 0 && !hasChildren[depth]) {
                        values[node.slot()] = text == null ? "" : text.strip();
                    }
                    text = null;
                }
                default -> {
                }
            }
        }
    }

    /** The node of a child element, or null when no path goes there or an earlier sibling of that name was entered. */
    private AnswerPaths.Node enter(AnswerPaths.Node parent, String name) {
        AnswerPaths.Node node = parent == null ? null : parent.child(name);
        if (node == null || entered[node.id()] == document) {
            return null;
        }
        entered[node.id()] = document;
        return node;
    }
}
