package io.noetl.playbook.yaml;

import java.util.Map;
import java.util.Optional;

/**
 * One loaded YAML document.
 *
 * @param root      the top-level mapping, holding only {@code LinkedHashMap<String,Object>}, {@code ArrayList},
 *                  {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean} and null
 * @param positions where each value starts, by JSON Pointer; {@code ""} is the top-level mapping
 */
public record YamlDocument(Map<String, Object> root, Map<String, Position> positions) {

    public YamlDocument {
        positions = Map.copyOf(positions);
    }

    /**
     * The position of the node at {@code jsonPointer}; when no node is there (a missing field, say), the position
     * of its nearest existing ancestor, so a "missing field" problem still points at the mapping that lacks it.
     */
    public Optional<Position> at(String jsonPointer) {
        String pointer = jsonPointer;
        while (!positions.containsKey(pointer) && !pointer.isEmpty()) {
            pointer = JsonPointer.parent(pointer);
        }
        return Optional.ofNullable(positions.get(pointer));
    }
}
