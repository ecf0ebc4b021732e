package io.noetl.playbook.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds plain values from the composed node graph and records where each value starts. It walks nodes instead
 * of using a SnakeYAML constructor so that no tag can select a Java class, and so that aliases are expanded
 * under a budget: an alias is a shared node, and 50 of them can stand for 2^25 values once written out as JSON.
 */
final class PlainConverter {

    /** Nodes, as written and after alias expansion (spec/dsl.md §11); also bounds the work of '<<' merges. */
    static final int MAX_NODES = 100_000;

    private final YamlLimits limits;
    private final ScalarValues scalars;
    private final ProblemList problems = new ProblemList();
    private final MappingConverter mappings = new MappingConverter(this, problems);
    private final Map<String, Position> positions = new HashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    PlainConverter(YamlLimits limits, LoaderOptions options) {
        this.limits = limits;
        this.scalars = new ScalarValues(options);
    }

    /** The document, or every problem found in it (up to {@value ProblemList#MAX_PROBLEMS}). */
    @SuppressWarnings("unchecked")
    YamlDocument document(MappingNode root) {
        Object value = value(root, "", 1);
        problems.throwIfAny();
        return new YamlDocument((Map<String, Object>) value, positions);
    }

    /** The value of {@code node} at {@code path}; {@code depth} counts the mappings and sequences around it. */
    Object value(Node node, String path, int depth) {
        // putIfAbsent: a '<<' merge converts its source at the same path and must not move explicit keys.
        positions.putIfAbsent(path, ProblemMessages.at(node));
        count(node, path);
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, path);
        }
        // The parser already stopped deep text; aliases can still nest a deep subtree under another.
        if (depth > limits.maxDepth()) {
            throw problems.fail(ProblemMessages.tooDeep(path, limits.maxDepth(), ProblemMessages.at(node)));
        }
        if (!open.add(node)) {
            throw problems.fail(ProblemMessages.recursiveAlias(path, node));
        }
        try {
            return node instanceof SequenceNode sequence ? sequence(sequence, path, depth)
                    : mappings.mapping((MappingNode) node, path, depth);
        } finally {
            open.remove(node);
        }
    }

    /** Counts a key or value against {@link #MAX_NODES}: the parser counted them as written, this as expanded. */
    void count(Node node, String path) {
        if (++nodes > MAX_NODES) {
            throw problems.fail(ProblemMessages.tooManyNodes(path, MAX_NODES, true, ProblemMessages.at(node)));
        }
    }

    private Object scalar(ScalarNode node, String path) {
        try {
            return scalars.value(node);
        } catch (ScalarValues.Refused e) {
            problems.report(ProblemMessages.badScalar(path, e.getMessage(), node));
            return null;
        }
    }

    private List<Object> sequence(SequenceNode node, String path, int depth) {
        List<Object> items = new ArrayList<>(node.getValue().size());
        if (!node.getTag().equals(Tag.SEQ)) {
            problems.report(ProblemMessages.tag(path, node));     // !!omap, !!pairs, custom tags
            return items;
        }
        for (Node item : node.getValue()) {
            items.add(value(item, JsonPointer.append(path, items.size()), depth + 1));
        }
        return items;
    }
}
