package kg.kozomol.collect.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a submission's XML: a leaf holds an answer's text, an element with children is a group, a repeat
 * instance or the root. Repeats appear as several siblings with the same name, in document order.
 */
public final class AnswerNode {

    private final String name;
    private final String value;
    private final List<AnswerNode> children;
    /** The first child of each name, built on first use: a wide form's columns would otherwise each scan every child. */
    private volatile Map<String, AnswerNode> firstByName;

    public AnswerNode(String name, String value, List<AnswerNode> children) {
        this.name = name;
        this.value = value;
        this.children = List.copyOf(children);
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public List<AnswerNode> children() {
        return children;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public Optional<AnswerNode> child(String childName) {
        Map<String, AnswerNode> index = firstByName;
        if (index == null) {
            index = new HashMap<>(children.size() * 2);
            for (AnswerNode child : children) {
                index.putIfAbsent(child.name(), child);
            }
            firstByName = index;
        }
        return Optional.ofNullable(index.get(childName));
    }

    public List<AnswerNode> all(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).toList();
    }

    /** The first value at a path below this node, e.g. {@code ["meta", "instanceID"]}. */
    public Optional<String> value(List<String> path) {
        AnswerNode node = this;
        for (String step : path) {
            Optional<AnswerNode> next = node.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.ofNullable(node.value());
    }

    /** A copy with the leaf at a path set to a value (created if missing); repeats keep their first instance. */
    public AnswerNode with(List<String> path, String newValue) {
        if (path.isEmpty()) {
            return new AnswerNode(name, newValue, List.of());
        }
        List<AnswerNode> copy = new ArrayList<>(children);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).name().equals(path.get(0))) {
                copy.set(i, copy.get(i).with(path.subList(1, path.size()), newValue));
                return new AnswerNode(name, value, copy);
            }
        }
        copy.add(new AnswerNode(path.get(0), null, List.of()).with(path.subList(1, path.size()), newValue));
        return new AnswerNode(name, value, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerNode node && name.equals(node.name) && Objects.equals(value, node.value)
                && children.equals(node.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, children);
    }

    @Override
    public String toString() {
        return "AnswerNode[name=" + name + ", value=" + value + ", children=" + children + "]";
    }
}
