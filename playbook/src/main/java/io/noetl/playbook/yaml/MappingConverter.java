package io.noetl.playbook.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Mappings: string keys, duplicate keys refused, YAML 1.1 '<<' merge keys applied as PyYAML does. */
final class MappingConverter {

    private final PlainConverter values;
    private final ProblemList problems;

    MappingConverter(PlainConverter values, ProblemList problems) {
        this.values = values;
        this.problems = problems;
    }

    Map<String, Object> mapping(MappingNode node, String path, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!node.getTag().equals(Tag.MAP)) {
            problems.report(ProblemMessages.tag(path, node));     // !!set, !!str on a mapping, custom tags
            return out;
        }
        Map<String, Node> keyNodes = new HashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple entry : node.getValue()) {
            Node keyNode = entry.getKeyNode();
            values.count(keyNode, path);
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merges.add(entry.getValueNode());
                continue;
            }
            String key = key(keyNode, path);
            if (key == null) {
                continue;
            }
            String child = JsonPointer.append(path, key);
            Node first = keyNodes.putIfAbsent(key, keyNode);
            if (first != null) {
                problems.report(ProblemMessages.duplicateKey(child, key, first, keyNode));
                continue;
            }
            out.put(key, values.value(entry.getValueNode(), child, depth + 1));
        }
        // Explicit keys win over merged ones, and an earlier merge source over a later one (PyYAML's order).
        for (Node source : merges) {
            List<Node> maps = source instanceof SequenceNode list && list.getTag().equals(Tag.SEQ)
                    ? list.getValue() : List.of(source);
            for (Node map : maps) {
                merge(out, map, path, depth);
            }
        }
        return out;
    }

    private void merge(Map<String, Object> out, Node source, String path, int depth) {
        if (!(source instanceof MappingNode)) {
            problems.report(ProblemMessages.badMerge(path, source));
            return;
        }
        // Converted at this mapping's path: merged keys then report their source lines, explicit ones keep theirs.
        Object merged = values.value(source, path, depth);
        if (merged instanceof Map<?, ?> map) {
            map.forEach((key, value) -> out.putIfAbsent((String) key, value));
        }
    }

    /**
     * Keys keep the text as written: `1:` gives "1", `true:` gives "true" and `on:` gives "on" (not YAML 1.1's
     * true), so a key never changes spelling and JSON, whose keys are strings, can hold it.
     */
    private String key(Node keyNode, String path) {
        if (!(keyNode instanceof ScalarNode scalar)) {
            problems.report(ProblemMessages.complexKey(path, keyNode));
            return null;
        }
        if (!ScalarValues.CORE.contains(scalar.getTag())) {
            problems.report(ProblemMessages.tag(path, keyNode));
            return null;
        }
        try {
            return ScalarValues.requireStorable(scalar.getValue());
        } catch (ScalarValues.Refused e) {
            problems.report(ProblemMessages.badScalar(path, e.getMessage(), keyNode));
            return null;
        }
    }
}
