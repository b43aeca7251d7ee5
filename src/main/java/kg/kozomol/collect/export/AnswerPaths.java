package kg.kozomol.collect.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The element paths a table reads below a submission's root, as a tree of element names: each path ends in a slot,
 * its index in {@link #paths()}. Paths asked for twice share a slot.
 */
final class AnswerPaths {

    /** One element name on the way; {@code slot} is -1 where no path ends, {@code id} numbers the nodes from 0. */
    static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final int id;
        private int slot = -1;

        private Node(int id) {
            this.id = id;
        }

        Node child(String name) {
            return children.get(name);
        }

        int id() {
            return id;
        }

        int slot() {
            return slot;
        }
    }

    private final Node root = new Node(0);
    private final List<List<String>> paths = new ArrayList<>();
    private int nodes = 1;

    /** The slot of a path, added if new. */
    int slot(List<String> path) {
        Node node = root;
        for (String name : path) {
            Node parent = node;
            node = parent.children.computeIfAbsent(name, n -> new Node(nodes++));
        }
        if (node.slot < 0) {
            node.slot = paths.size();
            paths.add(path);
        }
        return node.slot;
    }

    Node root() {
        return root;
    }

    List<List<String>> paths() {
        return paths;
    }

    int nodeCount() {
        return nodes;
    }
}
