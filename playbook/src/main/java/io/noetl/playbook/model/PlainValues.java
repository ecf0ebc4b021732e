package io.noetl.playbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of JSON-like values (maps, lists, scalars, null). {@code Map.copyOf} and
 * {@code List.copyOf} refuse nulls, and a workload or {@code args} may well hold a null, hence this class.
 */
public final class PlainValues {

    private PlainValues() {
    }

    /** An unmodifiable deep copy of {@code value}; map order is kept. */
    public static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
        }
        if (value instanceof List<?> list) {
            return freezeList(list);
        }
        return value;
    }

    /** An unmodifiable deep copy of {@code map}; an empty map for null. */
    public static Map<String, Object> freezeMap(Map<?, ?> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), freeze(value)));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable deep copy of {@code list}; an empty list for null. */
    public static List<Object> freezeList(List<?> list) {
        if (list == null) {
            return List.of();
        }
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(freeze(item)));
        return Collections.unmodifiableList(copy);
    }
}
